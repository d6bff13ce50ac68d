package io.livemart.streaming.channel.service;

import io.livemart.streaming.channel.ChannelConfig;
import io.livemart.streaming.channel.PlatformBlockedWord;
import io.livemart.streaming.channel.PlatformBlockedWordList;
import io.livemart.streaming.channel.persistence.PlatformWordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The platform-wide blocked words, kept in PostgreSQL. The configured words ({@code streaming.channel.blocked-words})
 * are the initial list: they are copied in the first time the list is read, once for all instances; after that admins
 * edit the list and configuration no longer changes it (ADR 0015). Every change raises the list's version.
 */
@ApplicationScoped
@Transactional
public class PlatformWords {

    /** The list at one version; {@code updatedBy} null while it is still the configured list. */
    public record Snapshot(List<String> words, long version, Instant updatedAt, String updatedBy, String updatedByName) {
    }

    @Inject
    PlatformWordRepository repository;

    @Inject
    ChannelConfig config;

    /** The list now, copying the configured words in first when the list was never set. */
    public Snapshot load() {
        PlatformBlockedWordList list = repository.list().orElseGet(this::seed);
        return snapshot(list);
    }

    /** Replaces the whole list (words normalised as for rooms: trimmed, lower case, once each). */
    public Snapshot replace(Collection<String> words, String userId, String userName) {
        load();
        repository.flush();
        repository.getEntityManager().clear(); // words copied in just now are rows again, so that they can be replaced
        PlatformBlockedWordList list = repository.listForUpdate().orElseThrow();
        repository.deleteAll();
        repository.flush();
        Instant now = Instant.now();
        normalize(words).forEach(w -> repository.persist(word(w, userId, now)));
        list.version++;
        list.updatedAt = now;
        list.updatedBy = userId;
        list.updatedByName = userName;
        repository.flush();
        return snapshot(list);
    }

    /** Trimmed, lower case, without blanks, once each, sorted. */
    public static List<String> normalize(Collection<String> words) {
        return words.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).distinct().sorted().toList();
    }

    private PlatformBlockedWordList seed() {
        Instant now = Instant.now();
        // Several instances may start at once: one creates the row (the others wait for it, then see it) and copies the words.
        if (repository.createList(now)) {
            normalize(config.blockedWords().orElse(List.of())).forEach(w -> repository.persist(word(w, null, now)));
            repository.flush();
        }
        return repository.list().orElseThrow();
    }

    private Snapshot snapshot(PlatformBlockedWordList list) {
        return new Snapshot(repository.words(), list.version, list.updatedAt, list.updatedBy, list.updatedByName);
    }

    private static PlatformBlockedWord word(String w, String by, Instant at) {
        PlatformBlockedWord word = new PlatformBlockedWord();
        word.word = w;
        word.addedBy = by;
        word.addedAt = at;
        return word;
    }
}
