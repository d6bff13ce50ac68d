package io.livemart.logistics.shipment.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.livemart.core.error.Problem;
import java.util.List;

/**
 * What became of each parcel of a bulk shipment, in the order sent: each parcel is shipped in its own
 * transaction, so one bad parcel (someone else's order, a used tracking number) stops only itself.
 */
public record BulkShipResult(int shipped, int refused, List<Item> parcels) {

    /** One parcel's outcome: its shipment, or the problem that stopped it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index, int status, ShipmentView shipment, Problem problem) {
    }
}
