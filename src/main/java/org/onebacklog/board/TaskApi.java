package org.onebacklog.board;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
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

/** One task over the JSON API: read, change, move, waive, block and unblock, delete. */
@Tag(name = "Tasks")
@Path("/api/v1/tasks/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
// One transaction per call, so the view is built from the entities just written.
@jakarta.transaction.Transactional
public class TaskApi {

    /** Where to: a column, and in it a place counted from 0, or right after / before another card (ids). */
    public record Move(String column, Long version, Integer position, Long after, Long before) {
    }

    /** Why: a waiver's or a block's reason. */
    @Schema(name = "TaskReason")
    public record Reason(String reason) {
    }

    @Inject
    TaskService tasks;

    @Inject
    BoardMoves moves;

    @Inject
    TaskBlocking blocking;

    @GET
    @Operation(summary = "Read a task",
            description = "One task, with its `version` to send back with a change.")
    public TaskView get(@PathParam("id") long id) {
        return TaskView.of(tasks.get(id));
    }

    @PATCH
    @Operation(summary = "Change a task",
            description = "Changes the fields sent and keeps the others; null clears an optional field. The column "
                    + "changes with `move`. Send the `version` you read: a stale one is a 409 with the current "
                    + "task.")
    public TaskView update(@PathParam("id") long id,
            @RequestBody(content = @Content(schema = @Schema(implementation = TaskPatch.Body.class))) JsonNode body) {
        Checks checks = new Checks();
        TaskPatch.Parsed patch = TaskPatch.parse(body, TaskDraft.of(tasks.get(id)), checks);
        checks.throwIfAny();
        return TaskView.of(tasks.update(id, patch.version(), patch.draft()));
    }

    @POST
    @Path("move")
    @Operation(summary = "Move a task",
            description = "Moves the task to a column, at a position or right after or before another card. A "
                    + "stale `version` or a full column under a hard WIP limit is a 409.")
    public TaskView move(@PathParam("id") long id, Move body) {
        Move move = Bodies.required(body);
        return TaskView.of(moves.move(id, move.column(), move.version(),
                new BoardMoves.Placement(move.after(), move.before(), move.position())));
    }

    @POST
    @Path("waive")
    @Operation(summary = "Waive a DoD task",
            description = "Waives a task the Definition of Done implies, with the reason the sprint review lists. "
                    + "Product Owner only.")
    public TaskView waive(@PathParam("id") long id, Reason body) {
        return TaskView.of(tasks.waive(id, Bodies.required(body).reason()));
    }

    /** Deletes a plain task; a DoD task is a 409 (waive it instead). */
    @DELETE
    @Operation(summary = "Delete a task",
            description = "Deletes a plain task. A task the Definition of Done implies cannot be deleted (409): "
                    + "waive it instead.")
    public void remove(@PathParam("id") long id) {
        tasks.remove(id);
    }

    @POST
    @Path("block")
    @Operation(summary = "Block a task",
            description = "Marks the task blocked, with the reason the team sees on the board and at the stand-up.")
    public TaskView block(@PathParam("id") long id, Reason body) {
        return TaskView.of(blocking.block(id, Bodies.required(body).reason()));
    }

    @DELETE
    @Path("block")
    @Operation(summary = "Unblock a task",
            description = "Clears the task's block.")
    public TaskView unblock(@PathParam("id") long id) {
        return TaskView.of(blocking.unblock(id));
    }
}
