package io.livemart.core.selection.persistence;

import io.livemart.core.selection.Offer;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OfferRepository implements PanacheRepositoryBase<Offer, UUID> {

    public Optional<Offer> activeFor(UUID productId) {
        return find("productId = ?1 and withdrawnAt is null", productId).firstResultOptional();
    }

    public List<Offer> ofMerchant(String merchantId) {
        return list("merchantId = ?1 order by createdAt desc", merchantId);
    }

    /** Active offers open to every anchor or naming this one. */
    public List<Offer> availableTo(String anchorId) {
        return list("select distinct o from Offer o left join o.anchorIds a where o.withdrawnAt is null "
                + "and (a is null or a = ?1) order by o.createdAt desc", anchorId);
    }
}
