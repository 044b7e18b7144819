package org.onebacklog.transfer;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onebacklog.product.ProductView;

/** {@code POST /api/v1/products/import[?key=NEWKEY]}: recreates a product from its exported document. */
@Tag(name = "Products")
@Path("/api/v1/products/import")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ProductImportApi {

    /** The import's answer; see {@link ProductImport.Imported}. */
    @Schema(name = "ProductImported")
    public record Result(ProductView product, List<String> missingMembers, List<ProductImport.NewDisplay> displays,
            List<ProductDocument.Webhook> webhooksToAddAgain) {
    }

    @Inject
    DocumentReader reader;

    @Inject
    ProductImport imports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The product recreated; Location is its address. Lists the "
            + "members without an account here, the displays' new tokens and the webhooks to add again",
            content = @Content(schema = @Schema(implementation = Result.class)))
    @Operation(summary = "Import a product",
            description = "Recreates a whole product from the document its export gave, in one transaction, under "
                    + "the document's key or `key`. Item numbers are kept (SHOP-7 becomes NEW-7). The caller "
                    + "becomes its Product Owner; members unknown on this instance are reported, not created. A "
                    + "key in use is a 409; a document that cannot be read is a 400 whose detail names the place "
                    + "as a JSON pointer (`/product/items/3/kind`).")
    public Response importProduct(@QueryParam("key") String key,
            @RequestBody(content = @Content(schema = @Schema(implementation = ProductDocument.class)))
            byte[] document) {
        ProductImport.Imported imported = imports.restore(reader.read(document), key);
        return Response.created(URI.create("/api/v1/products/" + imported.product().key))
                .entity(new Result(ProductView.of(imported.product()), imported.missingMembers(),
                        imported.displays(), imported.webhooksToAddAgain())).build();
    }
}
