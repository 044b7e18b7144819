package org.onebacklog.transfer;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/products/{key}/export}: the whole product as one document, the team's backup. */
@Tag(name = "Products")
@Path("/api/v1/products/{key}/export")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ProductExportApi {

    @Inject
    ProductExport exports;

    @GET
    @APIResponse(responseCode = "200", description = "The product document, offered as a file to save",
            content = @Content(schema = @Schema(implementation = ProductDocument.class)))
    @Operation(summary = "Export a product",
            description = "The whole product as one versioned JSON document (format \"onebacklog-product\", "
                    + "version 1): items with archived ones, the DoD and its versions, the capacity policy, board "
                    + "columns, sprints with commitments, overrides and waivers, tasks, the history the review is "
                    + "built on, displays by name and members by username and role. No password hash, API token, "
                    + "display token or webhook secret is in it. Product Owner, Scrum Master or administrator.")
    public Response export(@PathParam("key") String key) {
        return asFile(exports.export(key));
    }

    /** The document as a file to save ({@code SHOP-backup.json}) for a browser; scripts read the JSON as usual. */
    static Response asFile(ProductDocument document) {
        return Response.ok(document).header("Content-Disposition",
                "attachment; filename=\"" + document.product().key() + "-backup.json\"").build();
    }
}
