package io.livemart.core.anchor.api;

import java.util.List;

/** One page of anchors, with the total that match. */
public record AnchorPage(List<AnchorView> items, int page, int size, long total) {
}
