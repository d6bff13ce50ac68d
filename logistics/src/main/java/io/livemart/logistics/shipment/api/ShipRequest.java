package io.livemart.logistics.shipment.api;

import io.livemart.logistics.LogisticsConfig;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A parcel to ship: the orders in it, the carrier and the carrier's tracking number. */
public record ShipRequest(
        @NotEmpty @Size(max = 50) List<@NotNull UUID> orderIds,
        @NotBlank @Pattern(regexp = LogisticsConfig.CARRIER_CODE, message = "a carrier code such as 'swiftpost'") String carrier,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+", message = "letters, digits and '-' only") String trackingNumber) {
}
