package io.livemart.streaming.show;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of the shows. */
public interface Shows {

    Optional<ShowSnapshot> show(UUID showId);
}
