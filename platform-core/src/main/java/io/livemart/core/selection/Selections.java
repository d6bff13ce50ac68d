package io.livemart.core.selection;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of anchors' selections. */
public interface Selections {

    /**
     * The commission (percent) the anchor earns on a product, when the anchor may sell it: the product is in
     * its selection, or it is the anchor's own product (then 0). Empty when the anchor may not sell it.
     */
    Optional<BigDecimal> commissionFor(String anchorId, UUID productId);
}
