package io.livemart.streaming.channel.api;

import io.livemart.streaming.channel.service.LotteryService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lotteries, for anyone to check. They are run on the room's socket by the show's anchor. */
@Path("/api/lotteries")
@Tag(name = "Lotteries")
@Produces(MediaType.APPLICATION_JSON)
public class LotteryResource {

    @Inject
    LotteryService lotteries;

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "A lottery, to verify its draw", description = "Public: rule, entrants, the seed's hash "
            + "announced at the opening, the seed and winners once drawn, and the algorithm to recompute the draw.")
    public LotteryView get(@PathParam("id") UUID id) {
        return lotteries.get(id);
    }
}
