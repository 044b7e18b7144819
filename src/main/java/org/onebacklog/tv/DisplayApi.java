package org.onebacklog.tv;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onebacklog.web.Bodies;

/** A product's display tokens over the JSON API: create one per TV, list them. {@link DisplayRevokeApi} revokes. */
@Tag(name = "TV displays")
@Path("/api/v1/products/{key}/displays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class DisplayApi {

    public record NewDisplay(String name, Integer rotateSeconds) {
    }

    /** A display as listed: never its token. {@code rotateSeconds} null: the board alone. */
    public record DisplayView(long id, String name, String prefix, Integer rotateSeconds, Instant createdAt,
            Instant lastSeenAt, long version) {
        static DisplayView of(DisplayToken d) {
            return new DisplayView(d.id, d.name, d.prefix, d.rotateSeconds, d.createdAt, d.lastSeenAt, d.version);
        }
    }

    /** A display just created: its token and TV address appear here once. */
    public record CreatedDisplay(long id, String name, String token, String url, Integer rotateSeconds,
            long version) {
    }

    /**
     * A change to a display: the fields left out are kept. {@code rotateSeconds}: 0 for the board alone, else the
     * seconds (10 to 3600) between board, burndown and capacity.
     */
    public record DisplayPatch(String name, Integer rotateSeconds, Long version) {
    }

    @Inject
    DisplayService displays;

    @POST
    @APIResponse(responseCode = "201",
            description = "The display, with its token and TV address shown this once; Location is the TV address",
            content = @Content(schema = @Schema(implementation = CreatedDisplay.class)))
    @Operation(summary = "Create a TV display",
            description = "Creates a read-only board screen for a team room. Its token and TV address are in this "
                    + "answer only.")
    public Response create(@PathParam("key") String key, NewDisplay body) {
        NewDisplay draft = Bodies.required(body);
        DisplayService.Created created = displays.create(key, draft.name(), draft.rotateSeconds());
        return Response.created(URI.create(created.url()))
                .entity(new CreatedDisplay(created.display().id, created.display().name, created.secret(),
                        created.url(), created.display().rotateSeconds, created.display().version))
                .build();
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Change a TV display",
            description = "Renames the display or changes its views: `rotateSeconds` 0 shows the board alone, 10 to "
                    + "3600 rotates between board, burndown and capacity. The TV keeps its address and follows the "
                    + "change live. Send the `version` you read; a stale one is a 409 with the display in `current`.")
    public DisplayView change(@PathParam("key") String key, @PathParam("id") long id, DisplayPatch body) {
        DisplayPatch patch = Bodies.required(body);
        return DisplayView.of(displays.change(key, id, patch.name(), patch.rotateSeconds(), patch.version()));
    }

    @GET
    @Operation(summary = "List the TV displays",
            description = "The product's displays with their prefix and when they were last seen; never their "
                    + "tokens.")
    public List<DisplayView> list(@PathParam("key") String key) {
        return displays.list(key).stream().map(DisplayView::of).toList();
    }
}
