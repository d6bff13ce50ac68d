package io.livemart.logistics.shipment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Many parcels in one go, e.g. the end of a show's packing session. */
public record BulkShipRequest(@NotEmpty @Size(max = 200) List<@NotNull @Valid ShipRequest> parcels) {
}
