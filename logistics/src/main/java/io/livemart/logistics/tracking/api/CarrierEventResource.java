package io.livemart.logistics.tracking.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.livemart.core.error.InvalidRequestException;
import io.livemart.core.security.CurrentUser;
import io.livemart.core.security.Roles;
import io.livemart.logistics.shipment.persistence.ShipmentRepository;
import io.livemart.logistics.tracking.security.WebhookSignature;
import io.livemart.logistics.tracking.service.TrackingService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where carriers post signed tracking events for their parcels, and find the parcels they carry. The carrier in the
 * path is checked by {@link TrackingService#requireCarrier}, not by a constraint: method validation would wrap every
 * post, the busiest write of the platform, in an interceptor that cost a fifth of its event-loop time (ADR 0023). A
 * signed, valid post by the carrier's own account is answered before it reaches this class, by
 * {@link CarrierEventRoute} (ADR 0025); this class answers everything else.
 */
@Path("/api/carriers/{carrier}")
@Tag(name = "Logistics")
@Produces(MediaType.APPLICATION_JSON)
public class CarrierEventResource {

    /** A parcel a carrier is carrying, as the carrier needs to know it. */
    public record CarriedParcel(String trackingNumber, String status, Instant statusAt) {
    }

    @Inject
    TrackingService tracking;

    @Inject
    WebhookSignature signature;

    @Inject
    ShipmentRepository shipments;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    CurrentUser user;

    @POST
    @Path("/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CARRIER)
    @Operation(summary = "Post a signed tracking event",
            description = "Role: carrier, with the service-account token of that very carrier, and the headers "
                    + "X-LiveMart-Timestamp (epoch seconds) and X-LiveMart-Signature: sha256=HEX(HMAC-SHA256(carrier "
                    + "secret, timestamp + '.' + body)). Idempotent by the carrier's event id: 201 when stored, 200 "
                    + "for a repeat, 409 for a repeat with other contents. Unsigned or wrongly signed: 401.")
    public Uni<Response> post(@PathParam("carrier") String carrier,
            @HeaderParam(WebhookSignature.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(WebhookSignature.SIGNATURE_HEADER) String signed,
            byte[] body) throws IOException {
        tracking.requireCarrier(carrier);
        signature.verify(carrier, timestamp, signed, body == null ? new byte[0] : body);
        if (body == null || body.length == 0) {
            throw new InvalidRequestException("The request body must be a tracking event.");
        }
        TrackingEventRequest request = json.readValue(body, TrackingEventRequest.class);
        Set<ConstraintViolation<TrackingEventRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        // on the event loop: the event is written with the others posted at the same time, and answered once committed
        return tracking.record(carrier, user.clientId(), request)
                .map(recorded -> Response.status(recorded.created() ? 201 : 200).entity(TrackingEventView.of(recorded.event())).build());
    }

    @GET
    @Path("/parcels")
    @RolesAllowed(Roles.CARRIER)
    @Operation(summary = "The carrier's parcels still on their way",
            description = "Role: carrier, its own parcels only: those not yet delivered or returned.")
    public List<CarriedParcel> parcels(@PathParam("carrier") String carrier) {
        tracking.requireCarrier(carrier);
        return shipments.inFlight(carrier).stream()
                .map(s -> new CarriedParcel(s.trackingNumber, s.status.name(), s.statusAt)).toList();
    }
}
