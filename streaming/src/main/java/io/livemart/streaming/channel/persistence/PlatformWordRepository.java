package io.livemart.streaming.channel.persistence;

import io.livemart.streaming.channel.PlatformBlockedWord;
import io.livemart.streaming.channel.PlatformBlockedWordList;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PlatformWordRepository implements PanacheRepositoryBase<PlatformBlockedWord, String> {

    public List<String> words() {
        return getEntityManager().createQuery("select w.word from PlatformBlockedWord w order by w.word", String.class)
                .getResultList();
    }

    public Optional<PlatformBlockedWordList> list() {
        return Optional.ofNullable(getEntityManager().find(PlatformBlockedWordList.class, PlatformBlockedWordList.ID));
    }

    /** The list's row, locked until the transaction ends (changes to the words happen one at a time). */
    public Optional<PlatformBlockedWordList> listForUpdate() {
        return Optional.ofNullable(getEntityManager().find(PlatformBlockedWordList.class, PlatformBlockedWordList.ID,
                LockModeType.PESSIMISTIC_WRITE));
    }

    /** Creates the list's row at version 1 unless another instance did first; answers whether this call created it. */
    public boolean createList(Instant at) {
        return getEntityManager().createNativeQuery("insert into streaming.platform_blocked_word_list (id, version, updated_at) "
                + "values (1, 1, ?1) on conflict (id) do nothing").setParameter(1, at).executeUpdate() == 1;
    }
}
