package io.livemart.logistics.shipment.service;

import io.livemart.core.error.DomainException;
import io.livemart.core.error.Problem;
import io.livemart.core.error.ProblemStatusMap;
import io.livemart.logistics.shipment.api.BulkShipRequest;
import io.livemart.logistics.shipment.api.BulkShipResult;
import io.livemart.logistics.shipment.api.ShipRequest;
import io.livemart.logistics.shipment.api.ShipmentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Ships many parcels, each in its own transaction, and reports each outcome. */
@ApplicationScoped
public class BulkShipping {

    @Inject
    ShipmentService shipments;

    public BulkShipResult ship(BulkShipRequest request, String path) {
        List<BulkShipResult.Item> items = new ArrayList<>();
        int shipped = 0;
        for (int i = 0; i < request.parcels().size(); i++) {
            ShipRequest parcel = request.parcels().get(i);
            try {
                items.add(new BulkShipResult.Item(i, 201, ShipmentView.of(shipments.ship(parcel)), null));
                shipped++;
            } catch (DomainException e) {
                ProblemStatusMap.Kind kind = ProblemStatusMap.kindOf(e);
                items.add(new BulkShipResult.Item(i, kind.status(), null, new Problem(
                        "https://livemart.io/problems/" + kind.slug(), kind.title(), kind.status(),
                        "parcels[" + i + "]: " + e.getMessage(), path, null)));
            }
        }
        return new BulkShipResult(shipped, items.size() - shipped, items);
    }
}
