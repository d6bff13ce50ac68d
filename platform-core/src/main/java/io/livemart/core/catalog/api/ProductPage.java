package io.livemart.core.catalog.api;

import java.util.List;

/** One page of a catalog search. */
public record ProductPage(List<ProductView> items, int page, int size, long total) {
}
