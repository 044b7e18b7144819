package org.onebacklog.board;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onebacklog.failure.Checks;
import org.onebacklog.product.Access;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductService;
import org.onebacklog.web.Bodies;

/** A product's board columns over the JSON API. */
@Tag(name = "Board")
@Path("/api/v1/products/{key}/columns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ColumnsApi {

    /** The whole new set of columns; {@code version} (required) is the set's version the change was made against. */
    public record NewColumns(Long version, List<ColumnService.ColumnDraft> columns) {
    }

    @Inject
    ColumnService columns;

    @Inject
    ProductService products;

    @Inject
    Access access;

    @GET
    @Operation(summary = "Read the board's columns",
            description = "The product's board columns, in order, with their WIP limits, and the set's `version`, "
                    + "which a change of them sends.")
    public ColumnSet get(@PathParam("key") String productKey) {
        Product product = products.find(productKey);
        access.member(product);
        return Columns.set(product);
    }

    @PUT
    @Operation(summary = "Replace the board's columns",
            description = "Sets the product's columns, in order, with their WIP limits (hard or soft) and aging "
                    + "thresholds. Send the set's `version` you read (required): a stale one is a 409 with the "
                    + "columns as they are. The answer carries the new version.")
    public ColumnSet replace(@PathParam("key") String productKey, NewColumns body) {
        NewColumns replacement = Bodies.required(body);
        return columns.replace(productKey, replacement.columns(), Checks.requiredVersion(replacement.version()));
    }
}
