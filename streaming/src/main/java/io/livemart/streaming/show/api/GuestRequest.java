package io.livemart.streaming.show.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The anchor to invite as co-host: its user id (the {@code anchorId} of its own shows). */
public record GuestRequest(@NotBlank @Size(max = 64) String anchorId) {
}
