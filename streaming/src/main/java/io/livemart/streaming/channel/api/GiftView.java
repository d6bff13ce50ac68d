package io.livemart.streaming.channel.api;

import io.livemart.core.money.Money;
import io.livemart.streaming.channel.Gift;

/** A gift of the catalog. */
public record GiftView(String code, String name, Money price) {

    public static GiftView of(Gift gift) {
        return new GiftView(gift.code, gift.name, new Money(gift.price, gift.currency.trim()));
    }
}
