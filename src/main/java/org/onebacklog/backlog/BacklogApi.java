package org.onebacklog.backlog;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.web.Bodies;

/** A product's backlog over the JSON API: adding items and reading the ordered list. */
@Tag(name = "Backlog")
@Path("/api/v1/products/{key}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class BacklogApi {

    /** A new item. */
    public record NewItem(ItemKind kind, String title, String description, BigDecimal estimate,
            String valueStatement, List<String> labels) {
    }

    @Inject
    BacklogService backlog;

    @Inject
    BacklogListing listing;

    @POST
    @Path("items")
    @APIResponse(responseCode = "201", description = "The item, added to the backlog; Location is its address",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    @Operation(summary = "Add an item",
            description = "Adds a story, bug or technical item to the product's backlog. A technical item needs a "
                    + "value statement before it can be ranked; until the Product Owner ranks it, it waits "
                    + "unranked.")
    public Response create(@PathParam("key") String productKey, NewItem body) {
        NewItem request = Bodies.required(body);
        BacklogItem item = backlog.create(productKey, new ItemDraft(request.kind(), request.title(),
                request.description(), request.estimate(), request.valueStatement(), request.labels(), null));
        return Response.created(URI.create("/api/v1/items/" + item.key)).entity(backlog.view(item)).build();
    }

    @GET
    @Path("backlog")
    @Operation(summary = "Read the backlog",
            description = "The product's items in rank order, the unranked ones first (flagged `unranked`). Filter "
                    + "by `kind`, `label` or text `q` in the title and description.")
    public List<ItemView> backlog(@PathParam("key") String productKey, @QueryParam("kind") String kind,
            @QueryParam("label") String label, @QueryParam("q") String text) {
        Backlog list = listing.backlog(productKey, new BacklogFilter(kind(kind), label, text));
        List<ItemView> views = new ArrayList<>();
        list.awaiting().forEach(item -> views.add(ItemView.of(item, 0)));
        list.ranked().forEach(item -> views.add(ItemView.of(item, list.positionOf(item))));
        return views;
    }

    private static ItemKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return ItemKind.valueOf(kind.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "Unknown kind; use STORY, BUG or TECHNICAL");
        }
    }
}
