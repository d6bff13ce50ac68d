package io.livemart.core.selection.service;

import io.livemart.core.catalog.Catalog;
import io.livemart.core.catalog.ProductSnapshot;
import io.livemart.core.error.ConflictException;
import io.livemart.core.error.ForbiddenException;
import io.livemart.core.error.NotFoundException;
import io.livemart.core.security.CurrentUser;
import io.livemart.core.selection.Offer;
import io.livemart.core.selection.SelectionItem;
import io.livemart.core.selection.Selections;
import io.livemart.core.anchor.persistence.AnchorRepository;
import io.livemart.core.selection.api.OfferRequest;
import io.livemart.core.selection.api.OfferView;
import io.livemart.core.selection.persistence.OfferRepository;
import io.livemart.core.selection.persistence.SelectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Merchants offer products to anchors for a commission; anchors take offered products into their selection. */
@ApplicationScoped
@Transactional
public class SelectionService implements Selections {

    @Inject
    OfferRepository offers;

    @Inject
    SelectionRepository selection;

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser user;

    @Inject
    AnchorRepository anchors;

    public Offer offer(OfferRequest request) {
        ProductSnapshot product = catalog.product(request.productId())
                .orElseThrow(() -> new NotFoundException("No product " + request.productId() + "."));
        user.requireOwner(product.merchantId(), "product");
        if (offers.activeFor(product.id()).isPresent()) {
            throw new ConflictException("This product is already offered; withdraw that offer first.");
        }
        Offer offer = new Offer();
        offer.id = UUID.randomUUID();
        offer.productId = product.id();
        offer.merchantId = product.merchantId();
        offer.commissionRate = request.commissionRate();
        if (request.anchorIds() != null) {
            offer.anchorIds.addAll(request.anchorIds());
        }
        offer.createdAt = Instant.now();
        offers.persist(offer);
        return offer;
    }

    public Offer withdraw(UUID offerId) {
        Offer offer = offers.findByIdOptional(offerId).orElseThrow(() -> new NotFoundException("No offer " + offerId + "."));
        user.requireOwner(offer.merchantId, "offer");
        if (offer.withdrawnAt == null) {
            offer.withdrawnAt = Instant.now();
        }
        return offer;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Offer> mine() {
        return offers.ofMerchant(user.id());
    }

    /** Who took each of the merchant's offers into their selection, by offer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<OfferView.Taker>> takers(List<Offer> mine) {
        Map<UUID, List<OfferView.Taker>> out = new HashMap<>();
        mine.forEach(o -> {
            user.requireOwner(o.merchantId, "offer");
            out.put(o.id, new ArrayList<>());
        });
        if (mine.isEmpty()) {
            return out;
        }
        List<SelectionItem> items = selection.ofOffers(out.keySet());
        if (items.isEmpty()) {
            return out;
        }
        Map<String, String> names = new HashMap<>();
        anchors.list("id in ?1", items.stream().map(i -> i.anchorId).distinct().toList())
                .forEach(a -> names.put(a.id, a.displayName));
        items.forEach(i -> out.get(i.offerId).add(new OfferView.Taker(i.anchorId, names.get(i.anchorId), i.commissionRate, i.addedAt)));
        return out;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Offer> available() {
        return offers.availableTo(user.id());
    }

    /** Takes an offered product into the caller's selection, on the offer's terms. */
    public SelectionItem add(UUID offerId) {
        String anchorId = user.id();
        Offer offer = offers.findByIdOptional(offerId).orElseThrow(() -> new NotFoundException("No offer " + offerId + "."));
        if (offer.withdrawnAt != null) {
            throw new ConflictException("This offer was withdrawn by the merchant.");
        }
        if (!offer.isOpenTo(anchorId)) {
            throw new ForbiddenException("This offer is made to other anchors.");
        }
        if (selection.item(anchorId, offer.productId).isPresent()) {
            throw new ConflictException("This product is already in your selection.");
        }
        SelectionItem item = new SelectionItem();
        item.id = UUID.randomUUID();
        item.anchorId = anchorId;
        item.productId = offer.productId;
        item.offerId = offer.id;
        item.merchantId = offer.merchantId;
        item.commissionRate = offer.commissionRate;
        item.addedAt = Instant.now();
        selection.persist(item);
        return item;
    }

    public void remove(UUID productId) {
        SelectionItem item = selection.item(user.id(), productId)
                .orElseThrow(() -> new NotFoundException("Product " + productId + " is not in your selection."));
        selection.delete(item);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SelectionItem> mySelection() {
        return selection.ofAnchor(user.id());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BigDecimal> commissionFor(String anchorId, UUID productId) {
        Optional<SelectionItem> item = selection.item(anchorId, productId);
        if (item.isPresent()) {
            return Optional.of(item.get().commissionRate);
        }
        return catalog.product(productId).filter(p -> p.merchantId().equals(anchorId)).map(p -> BigDecimal.ZERO);
    }
}
