package io.livemart.logistics.tracking.api;

import io.livemart.core.security.Roles;
import io.livemart.logistics.tracking.service.TrackingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where carriers post tracking events for their parcels. */
@Path("/api/carriers/{carrier}/events")
@Tag(name = "Logistics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CarrierEventResource {

    @Inject
    TrackingService tracking;

    @POST
    @RolesAllowed(Roles.CARRIER)
    @Operation(summary = "Post a tracking event",
            description = "Role: carrier, with the service-account token of that very carrier. Idempotent by the "
                    + "carrier's event id: 201 when stored, 200 for a repeat, 409 for a repeat with other contents.")
    public Response post(@PathParam("carrier") @Pattern(regexp = "[a-z0-9-]{2,32}") String carrier,
            @Valid @NotNull TrackingEventRequest request) {
        TrackingService.Recorded recorded = tracking.record(carrier, request);
        return Response.status(recorded.created() ? 201 : 200).entity(TrackingEventView.of(recorded.event())).build();
    }
}
