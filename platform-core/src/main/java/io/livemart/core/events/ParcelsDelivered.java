package io.livemart.core.events;

import java.util.List;

/**
 * Parcels the carriers reported delivered, written in one transaction: fired once for all of them, so that their
 * orders move on in one statement rather than one per parcel (ADR 0023). Never empty.
 */
public record ParcelsDelivered(List<ParcelDelivered> parcels) {

    public ParcelsDelivered {
        if (parcels.isEmpty()) {
            throw new IllegalArgumentException("no parcel delivered");
        }
        parcels = List.copyOf(parcels);
    }
}
