package org.onebacklog.backlog;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onebacklog.failure.Checks;
import org.onebacklog.web.Bodies;

/** One backlog item over the JSON API: read it, change it, rank it, block it, archive and restore it. */
@Tag(name = "Backlog")
@Path("/api/v1/items/{itemKey}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ItemApi {

    /** Where to place an item: after one item, before another, or (neither) at the top. */
    public record Placement(String after, String before, Long version) {
    }

    /** Why the item is blocked. */
    public record Reason(String reason) {
    }

    @Inject
    BacklogService backlog;

    @Inject
    BacklogOrder order;

    @Inject
    ItemBlocking blocking;

    @GET
    public ItemView get(@PathParam("itemKey") String itemKey) {
        return backlog.view(backlog.get(itemKey));
    }

    @PATCH
    public ItemView update(@PathParam("itemKey") String itemKey,
            @RequestBody(content = @Content(schema = @Schema(implementation = ItemPatch.Body.class))) JsonNode body) {
        BacklogItem current = backlog.get(itemKey);
        Checks checks = new Checks();
        ItemPatch.Parsed patch = ItemPatch.parse(body, ItemDraft.of(current), checks);
        checks.throwIfAny();
        return backlog.view(backlog.update(itemKey, patch.version(), patch.draft()));
    }

    /** Archives the item: gone from the backlog and the board, kept in the record and the reports. */
    @DELETE
    public void archive(@PathParam("itemKey") String itemKey) {
        backlog.archive(itemKey);
    }

    @POST
    @Path("restore")
    @Transactional
    public ItemView restore(@PathParam("itemKey") String itemKey) {
        return backlog.view(backlog.restore(itemKey));
    }

    @POST
    @Path("block")
    @Transactional
    public ItemView block(@PathParam("itemKey") String itemKey, Reason body) {
        return backlog.view(blocking.block(itemKey, Bodies.required(body).reason()));
    }

    @DELETE
    @Path("block")
    @Transactional
    public ItemView unblock(@PathParam("itemKey") String itemKey) {
        return backlog.view(blocking.unblock(itemKey));
    }

    @POST
    @Path("rank")
    public ItemView rank(@PathParam("itemKey") String itemKey, Placement body) {
        Placement placement = body == null ? new Placement(null, null, null) : body;
        return backlog.view(order.rank(itemKey, placement.after(), placement.before(), placement.version()));
    }

}
