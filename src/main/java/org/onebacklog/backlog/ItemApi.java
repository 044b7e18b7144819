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
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Schema(name = "ItemReason")
    public record Reason(String reason) {
    }

    @Inject
    BacklogService backlog;

    @Inject
    BacklogOrder order;

    @Inject
    ItemBlocking blocking;

    @GET
    @Operation(summary = "Read an item",
            description = "One backlog item, with its `version` to send back with a change.")
    public ItemView get(@PathParam("itemKey") String itemKey) {
        return backlog.view(backlog.get(itemKey));
    }

    @PATCH
    @Operation(summary = "Change an item",
            description = "Changes the fields sent and keeps the others; null clears an optional field. Send the "
                    + "`version` you read: a stale one is a 409 with the current item.")
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
    @Operation(summary = "Archive an item",
            description = "Takes the item off the backlog and the board; it stays in the history and the sprint "
                    + "reports and can be restored.")
    public void archive(@PathParam("itemKey") String itemKey) {
        backlog.archive(itemKey);
    }

    @POST
    @Path("restore")
    @Transactional
    @Operation(summary = "Restore an item",
            description = "Brings an archived item back to the backlog.")
    public ItemView restore(@PathParam("itemKey") String itemKey) {
        return backlog.view(backlog.restore(itemKey));
    }

    @POST
    @Path("block")
    @Transactional
    @Operation(summary = "Block an item",
            description = "Marks the item blocked, with the reason the team sees on the board and at the stand-up.")
    public ItemView block(@PathParam("itemKey") String itemKey, Reason body) {
        return backlog.view(blocking.block(itemKey, Bodies.required(body).reason()));
    }

    @DELETE
    @Path("block")
    @Transactional
    @Operation(summary = "Unblock an item",
            description = "Clears the item's block.")
    public ItemView unblock(@PathParam("itemKey") String itemKey) {
        return backlog.view(blocking.unblock(itemKey));
    }

    @POST
    @Path("rank")
    @Operation(summary = "Rank an item",
            description = "Places the item right after `after` or right before `before` (item keys), or at the top "
                    + "when neither is given. Product Owner only.")
    public ItemView rank(@PathParam("itemKey") String itemKey, Placement body) {
        Placement placement = body == null ? new Placement(null, null, null) : body;
        return backlog.view(order.rank(itemKey, placement.after(), placement.before(), placement.version()));
    }

}
