package io.livemart.core.selection.persistence;

import io.livemart.core.selection.SelectionItem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SelectionRepository implements PanacheRepositoryBase<SelectionItem, UUID> {

    public Optional<SelectionItem> item(String anchorId, UUID productId) {
        return find("anchorId = ?1 and productId = ?2", anchorId, productId).firstResultOptional();
    }

    /** The selection items taken from these offers, oldest first. */
    public List<SelectionItem> ofOffers(Collection<UUID> offerIds) {
        return list("offerId in ?1 order by addedAt", offerIds);
    }

    public List<SelectionItem> ofAnchor(String anchorId) {
        return list("anchorId = ?1 order by addedAt desc", anchorId);
    }
}
