package io.livemart.core.selection.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The offer whose product an anchor takes into its selection. */
public record SelectionRequest(@NotNull UUID offerId) {
}
