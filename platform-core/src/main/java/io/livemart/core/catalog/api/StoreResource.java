package io.livemart.core.catalog.api;

import io.livemart.core.catalog.service.StoreService;
import io.livemart.core.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Merchants' stores. */
@Path("/api/stores")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StoreResource {

    @Inject
    StoreService stores;

    @PUT
    @Path("/mine")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Open or update the caller's store", description = "Role: merchant. One store per merchant.")
    public StoreView save(@Valid @NotNull StoreRequest request) {
        return StoreView.of(stores.save(request));
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "The caller's store", description = "Role: merchant. 404 until it is opened.")
    public StoreView mine() {
        return StoreView.of(stores.mine());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One store", description = "Public.")
    public StoreView get(@PathParam("id") UUID id) {
        return StoreView.of(stores.get(id));
    }
}
