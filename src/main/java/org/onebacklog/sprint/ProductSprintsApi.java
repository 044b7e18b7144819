package org.onebacklog.sprint;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onebacklog.web.Bodies;

/** A product's sprints over the JSON API. */
@Tag(name = "Sprints")
@Path("/api/v1/products/{key}/sprints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Transactional
public class ProductSprintsApi {

    /** A new sprint; without a capacity it takes the mean of the last three closed sprints. */
    public record NewSprint(String name, String goal, LocalDate start, LocalDate end, BigDecimal capacity,
            BigDecimal reservedShareOverride, String shareOverrideReason) {
    }

    @Inject
    SprintService sprints;

    @POST
    @APIResponse(responseCode = "201", description = "The sprint, planned; Location is its address",
            content = @Content(schema = @Schema(implementation = SprintView.class)))
    @Operation(summary = "Plan a sprint",
            description = "Plans a new sprint. Without a capacity it takes the mean of the last three closed "
                    + "sprints.")
    public Response create(@PathParam("key") String productKey, NewSprint body) {
        NewSprint sprint = Bodies.required(body);
        Sprint created = sprints.create(productKey, new SprintDraft(sprint.name(), sprint.goal(), sprint.start(),
                sprint.end(), sprint.capacity(), sprint.reservedShareOverride(), sprint.shareOverrideReason()));
        return Response.created(URI.create("/api/v1/sprints/" + created.id)).entity(sprints.view(created)).build();
    }

    @GET
    @Operation(summary = "List the sprints",
            description = "The product's sprints, planned, active and closed.")
    public List<SprintView> list(@PathParam("key") String productKey) {
        return sprints.sprints(productKey).stream().map(s -> SprintView.of(s, null)).toList();
    }
}
