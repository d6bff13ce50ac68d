package io.livemart.logistics.feedback.api;

import io.livemart.core.security.Roles;
import io.livemart.logistics.feedback.Feedback;
import io.livemart.logistics.feedback.service.FeedbackService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Buyers' ratings of delivered orders. */
@Path("/api/feedback")
@Tag(name = "Feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    @Inject
    FeedbackService feedback;

    @POST
    @RolesAllowed(Roles.SHOPPER)
    @Operation(summary = "Rate a delivered order", description = "Role: shopper, buyer of the order; once per order.")
    public Response rate(@Valid @NotNull FeedbackRequest request) {
        Feedback rating = feedback.rate(request);
        return Response.created(URI.create("/api/feedback/" + rating.id)).entity(FeedbackView.of(rating)).build();
    }
}
