package io.livemart.logistics.feedback.api;

import io.livemart.core.security.Roles;
import io.livemart.logistics.feedback.Feedback;
import io.livemart.logistics.feedback.service.FeedbackService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Buyers' feedback on delivered orders, and the reviews anyone may read. */
@Path("/api/feedback")
@Tag(name = "Feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    @Inject
    FeedbackService feedback;

    @POST
    @RolesAllowed(Roles.SHOPPER)
    @Operation(summary = "Rate a delivered order",
            description = "Role: shopper, buyer of the order; once per order, after delivery. Rates the item and the "
                    + "merchant (1-5) and says whether it was as shown.")
    public Response rate(@Valid @NotNull FeedbackRequest request) {
        Feedback rating = feedback.rate(request);
        return Response.created(URI.create("/api/feedback/" + rating.id)).entity(view(rating)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.SHOPPER)
    @Operation(summary = "Change a rating", description = "Role: shopper who gave it, within the edit window (7 days).")
    public FeedbackView edit(@PathParam("id") UUID id, @Valid @NotNull FeedbackRequest request) {
        return view(feedback.edit(id, request));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.SHOPPER)
    @Operation(summary = "One of the caller's ratings", description = "Role: shopper who gave it.")
    public FeedbackView get(@PathParam("id") UUID id) {
        return view(feedback.mine(id));
    }

    @GET
    @PermitAll
    @Operation(summary = "A product's reviews", description = "Public: ratings and reviews, newest first, without buyers' names.")
    public List<ReviewView> reviews(@QueryParam("productId") @NotNull UUID productId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return feedback.reviewsOf(productId, page, size).stream().map(ReviewView::of).toList();
    }

    private FeedbackView view(Feedback rating) {
        return FeedbackView.of(rating, feedback.editableUntil(rating));
    }
}
