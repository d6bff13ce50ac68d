package io.livemart.orders.stock.persistence;

import io.livemart.orders.stock.SaleLot;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SaleLotRepository implements PanacheRepositoryBase<SaleLot, UUID> {

    public Optional<SaleLot> lineup(UUID showId, UUID skuId) {
        return find("showId = ?1 and skuId = ?2 and kind = ?3", showId, skuId, SaleLot.Kind.LINEUP).firstResultOptional();
    }

    public Optional<SaleLot> locked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<SaleLot> openOfShow(UUID showId) {
        return list("showId = ?1 and status = ?2", showId, SaleLot.Status.OPEN);
    }

    public List<SaleLot> flashOfShow(UUID showId) {
        return list("showId = ?1 and kind = ?2 order by openedAt desc", showId, SaleLot.Kind.FLASH);
    }

    public Optional<SaleLot> openFlash(UUID showId, UUID skuId) {
        return find("showId = ?1 and skuId = ?2 and kind = ?3 and status = ?4", showId, skuId, SaleLot.Kind.FLASH,
                SaleLot.Status.OPEN).firstResultOptional();
    }

    public List<UUID> flashEndedBy(Instant now) {
        return getEntityManager().createQuery("select l.id from SaleLot l where l.kind = :kind and l.status = :status"
                + " and l.endsAt <= :now", UUID.class).setParameter("kind", SaleLot.Kind.FLASH)
                .setParameter("status", SaleLot.Status.OPEN).setParameter("now", now).getResultList();
    }

    public List<SaleLot> toReconcile(Instant closedSince) {
        return list("status = ?1 or closedAt >= ?2", SaleLot.Status.OPEN, closedSince);
    }
}
