package io.livemart.streaming.channel.api;

import io.livemart.streaming.channel.service.GiftService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The gift catalog. Gifts are sent on the room's socket ({@code gift}). */
@Path("/api/gifts")
@Tag(name = "Gifts")
@Produces(MediaType.APPLICATION_JSON)
public class GiftResource {

    @Inject
    GiftService gifts;

    @GET
    @PermitAll
    @Operation(summary = "The gift catalog", description = "Public: the gifts viewers can send, with their prices.")
    public List<GiftView> catalog() {
        return gifts.catalog();
    }
}
