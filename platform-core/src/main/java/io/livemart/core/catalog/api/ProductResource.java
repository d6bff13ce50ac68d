package io.livemart.core.catalog.api;

import io.livemart.core.catalog.Product;
import io.livemart.core.catalog.persistence.ProductRepository;
import io.livemart.core.catalog.service.CatalogService;
import io.livemart.core.security.CurrentUser;
import io.livemart.core.security.Roles;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Merchants' products and their SKUs; anyone may browse and search them. */
@Path("/api/products")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {

    @Inject
    CatalogService catalog;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Add a product to the caller's store",
            description = "Role: merchant, with an open store. At least one SKU; SKU codes are unique in the store; "
                    + "every price and cost of a product is in one currency.")
    public Response create(@Valid @NotNull ProductRequest request) {
        Product product = catalog.create(request);
        return Response.created(URI.create("/api/products/" + product.id)).entity(ProductView.ofOwner(product)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Search the catalog",
            description = "Public. Filters: text in name or description, category, price range (any SKU), in stock "
                    + "(any SKU), store. Newest first, in pages.")
    public ProductPage search(
            @QueryParam("q") @Size(max = 100) String text,
            @QueryParam("category") @Pattern(regexp = "[a-z0-9-]{2,40}") String category,
            @QueryParam("minPrice") @DecimalMin("0") BigDecimal minPrice,
            @QueryParam("maxPrice") @DecimalMin("0") BigDecimal maxPrice,
            @QueryParam("inStock") @DefaultValue("false") boolean inStock,
            @QueryParam("store") UUID storeId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        String trimmed = text == null || text.isBlank() ? null : text.strip();
        return page(catalog.search(new ProductRepository.Search(trimmed, category, minPrice, maxPrice, inStock, storeId,
                null), page, size), page, size, false);
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "The caller's products, with cost prices", description = "Role: merchant.")
    public ProductPage mine(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(100) int size) {
        return page(catalog.search(new ProductRepository.Search(null, null, null, null, false, null, user.id()), page,
                size), page, size, true);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One product", description = "Public; its merchant also sees the cost prices.")
    public ProductView get(@PathParam("id") UUID id) {
        Product product = catalog.get(id);
        return catalog.ownedByCaller(product) ? ProductView.ofOwner(product) : ProductView.of(product);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Change a product's name, description, category and images",
            description = "Role: merchant, owner of the product. Send the version you saw; a stale one is a 409.")
    public ProductView update(@PathParam("id") UUID id, @Valid @NotNull ProductUpdate update) {
        return ProductView.ofOwner(catalog.update(id, update));
    }

    @POST
    @Path("/{id}/skus")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Add a SKU to a product", description = "Role: merchant, owner of the product.")
    public Response addSku(@PathParam("id") UUID id, @Valid @NotNull SkuRequest request) {
        return Response.status(201).entity(ProductView.ofOwner(catalog.addSku(id, request))).build();
    }

    @PUT
    @Path("/{id}/skus/{skuId}")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Change a SKU's price, cost, attributes or stock of record",
            description = "Role: merchant, owner of the product. Send the SKU's version you saw; a stale one is a 409.")
    public ProductView updateSku(@PathParam("id") UUID id, @PathParam("skuId") UUID skuId,
            @Valid @NotNull SkuRequest request) {
        return ProductView.ofOwner(catalog.updateSku(id, skuId, request));
    }

    private static ProductPage page(PanacheQuery<Product> query, int page, int size, boolean withCost) {
        return new ProductPage(query.list().stream().map(p -> withCost ? ProductView.ofOwner(p) : ProductView.of(p))
                .toList(), page, size, query.count());
    }
}
