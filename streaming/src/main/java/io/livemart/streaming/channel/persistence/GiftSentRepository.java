package io.livemart.streaming.channel.persistence;

import io.livemart.streaming.channel.SentGift;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class GiftSentRepository implements PanacheRepositoryBase<SentGift, UUID> {

    /** Per currency: gifts sent (summed quantities) and income of a show. */
    public List<Object[]> totals(UUID showId) {
        return getEntityManager().createQuery("select g.currency, sum(g.quantity), sum(g.total) from SentGift g "
                + "where g.showId = ?1 group by g.currency order by g.currency", Object[].class)
                .setParameter(1, showId).getResultList();
    }

    public static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
