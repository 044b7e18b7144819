package org.onebacklog.sprint;

import org.onebacklog.failure.Checks;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onebacklog.web.Bodies;

/** One sprint over the JSON API: its plan, commitments, start and close. */
@Tag(name = "Sprints")
@Path("/api/v1/sprints/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
// One transaction per call, so the view is built from the entities just written.
@Transactional
public class SprintApi {

    /** The edited sprint; {@code version} is the version the edit was made against. */
    public record EditedSprint(String name, String goal, LocalDate start, LocalDate end, BigDecimal capacity,
            BigDecimal reservedShareOverride, String shareOverrideReason, Long version) {
    }

    /** An item to commit; {@code override.reason} goes past an enforced capacity policy. */
    public record NewCommitment(String itemKey, Override override) {
    }

    @Schema(name = "CommitmentOverride")
    public record Override(String reason) {
    }

    @Inject
    SprintService sprints;

    @Inject
    Commitments commitments;

    @GET
    @Operation(summary = "Read a sprint",
            description = "One sprint with its state and plan.")
    public SprintView get(@PathParam("id") long id) {
        return sprints.view(sprints.get(id));
    }

    @PUT
    @Operation(summary = "Change a sprint",
            description = "Changes the sprint's name, goal, dates, capacity or reserved share override. Send the "
                    + "`version` you read.")
    public SprintView update(@PathParam("id") long id, EditedSprint body) {
        EditedSprint edit = Bodies.required(body);
        return sprints.view(sprints.update(id, new SprintDraft(edit.name(), edit.goal(), edit.start(), edit.end(),
                edit.capacity(), edit.reservedShareOverride(), edit.shareOverrideReason()),
                Checks.requiredVersion(edit.version())));
    }

    @GET
    @Path("plan")
    @Operation(summary = "Read a sprint's plan",
            description = "The capacity, the reserve for technical work, the functional and technical load, and "
                    + "the warnings and overrides of the capacity policy.")
    public PlanView plan(@PathParam("id") long id) {
        return commitments.plan(sprints.get(id));
    }

    @POST
    @Path("items")
    @Operation(summary = "Commit an item",
            description = "Commits a ranked item to the sprint. Under an enforced capacity policy, going past the "
                    + "limit is a 409 unless `override.reason` says why.")
    public PlanView commit(@PathParam("id") long id, NewCommitment body) {
        NewCommitment commitment = Bodies.required(body);
        return commitments.commit(id, commitment.itemKey(),
                commitment.override() == null ? null : commitment.override().reason());
    }

    @DELETE
    @Path("items/{itemKey}")
    @Operation(summary = "Take an item out",
            description = "Takes the item out of the sprint, back to the backlog.")
    public PlanView uncommit(@PathParam("id") long id, @PathParam("itemKey") String itemKey) {
        return commitments.uncommit(id, itemKey);
    }

    @POST
    @Path("start")
    @Operation(summary = "Start a sprint",
            description = "Starts the planned sprint: its board opens with the committed items.")
    public SprintView start(@PathParam("id") long id) {
        return sprints.view(sprints.start(id));
    }

    @POST
    @Path("close")
    @Operation(summary = "Close a sprint",
            description = "Closes the active sprint; the items not done go back to the top of the backlog, and the "
                    + "report is kept.")
    public SprintView close(@PathParam("id") long id) {
        return sprints.view(sprints.close(id));
    }
}
