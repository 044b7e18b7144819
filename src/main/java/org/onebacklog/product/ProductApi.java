package org.onebacklog.product;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onebacklog.web.Bodies;

/** Products over the JSON API. */
@Tag(name = "Products")
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ProductApi {

    /** What a script sends to create a product. */
    public record NewProduct(String key, String name, String unit) {
    }

    @Inject
    ProductService products;

    @Inject
    Access access;

    @POST
    @APIResponse(responseCode = "201", description = "The product; Location is its address",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @Operation(summary = "Create a product",
            description = "Creates a product with its key (the prefix of its item keys), name and estimate unit; "
                    + "the caller becomes its Product Owner.")
    public Response create(NewProduct body) {
        NewProduct request = Bodies.required(body);
        Product product = products.create(request.key(), request.name(), request.unit());
        return Response.created(URI.create("/api/v1/products/" + product.key)).entity(ProductView.of(product)).build();
    }

    @GET
    @Operation(summary = "List my products",
            description = "The products the caller is a member of (all of them for an administrator).")
    public List<ProductView> list() {
        return products.visibleToCaller().stream().map(ProductView::of).toList();
    }

    /** Renames the product or sets its stand-up: {@code {name?, standupTime?: "09:30", agingDays?, version}}. */
    @PATCH
    @Path("{key}")
    @Transactional
    @Operation(summary = "Change a product",
            description = "Renames the product or sets its stand-up time and aging threshold; the fields left out "
                    + "are kept. Send the `version` you read.")
    public ProductView update(@PathParam("key") String key, ProductPatch body) {
        return ProductView.of(products.update(key, Bodies.required(body)));
    }

    @GET
    @Path("{key}")
    @Operation(summary = "Read a product",
            description = "One product, with its `version` to send back with a change.")
    public ProductView get(@PathParam("key") String key) {
        Product product = products.find(key);
        access.member(product);
        return ProductView.of(product);
    }
}
