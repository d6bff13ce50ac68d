package io.livemart.streaming.channel.persistence;

import io.livemart.streaming.channel.Gift;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class GiftRepository implements PanacheRepositoryBase<Gift, String> {
}
