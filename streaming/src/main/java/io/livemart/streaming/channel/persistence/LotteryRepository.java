package io.livemart.streaming.channel.persistence;

import io.livemart.streaming.channel.Lottery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LotteryRepository implements PanacheRepositoryBase<Lottery, UUID> {

    /** A user in a lottery's list: entrant or winner. */
    public record Person(String userId, String name) {
    }

    public Optional<Lottery> open(UUID showId) {
        return find("showId = ?1 and status = ?2", showId, Lottery.Status.OPEN).firstResultOptional();
    }

    /** Adds an entrant; entering twice changes nothing. Answers whether the entry is new. */
    public boolean enter(UUID lotteryId, String userId, String name) {
        return getEntityManager().createNativeQuery("insert into streaming.lottery_entrant (lottery_id, user_id, user_name, "
                + "entered_at) values (?1, ?2, ?3, now()) on conflict do nothing")
                .setParameter(1, lotteryId).setParameter(2, userId).setParameter(3, name).executeUpdate() == 1;
    }

    /** Entrants ordered by user id (the order the draw uses). */
    public List<Person> entrants(UUID lotteryId) {
        return people("select user_id, user_name from streaming.lottery_entrant where lottery_id = ?1 "
                + "order by user_id collate \"C\"", lotteryId);
    }

    public List<Person> winners(UUID lotteryId) {
        return people("select user_id, user_name from streaming.lottery_winner where lottery_id = ?1 order by position",
                lotteryId);
    }

    public void addWinner(UUID lotteryId, int position, Person winner) {
        getEntityManager().createNativeQuery("insert into streaming.lottery_winner (lottery_id, position, user_id, user_name) "
                + "values (?1, ?2, ?3, ?4)").setParameter(1, lotteryId).setParameter(2, position)
                .setParameter(3, winner.userId()).setParameter(4, winner.name()).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Person> people(String sql, UUID lotteryId) {
        List<Object[]> rows = getEntityManager().createNativeQuery(sql).setParameter(1, lotteryId).getResultList();
        List<Person> out = new ArrayList<>();
        for (Object[] row : rows) {
            out.add(new Person((String) row[0], (String) row[1]));
        }
        return out;
    }
}
