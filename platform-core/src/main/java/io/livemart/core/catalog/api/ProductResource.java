package io.livemart.core.catalog.api;

import io.livemart.core.catalog.Product;
import io.livemart.core.catalog.service.CatalogService;
import io.livemart.core.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A merchant's products. */
@Path("/api/products")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {

    @Inject
    CatalogService catalog;

    @POST
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Add a product to the caller's store", description = "Role: merchant. SKUs are unique per store.")
    public Response create(@Valid @NotNull ProductRequest request) {
        Product product = catalog.create(request);
        return Response.created(URI.create("/api/products/" + product.id)).entity(ProductView.of(product)).build();
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "The caller's products", description = "Role: merchant.")
    public List<ProductView> mine() {
        return catalog.mine().stream().map(ProductView::of).toList();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One product", description = "Public: anyone may look at a product.")
    public ProductView get(@PathParam("id") UUID id) {
        return ProductView.of(catalog.get(id));
    }

    @PUT
    @Path("/{id}/stock")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Set a product's stock of record",
            description = "Role: merchant, owner of the product only. Send the version you saw; a stale one is a 409.")
    public ProductView updateStock(@PathParam("id") UUID id, @Valid @NotNull StockUpdate update) {
        return ProductView.of(catalog.updateStock(id, update));
    }
}
