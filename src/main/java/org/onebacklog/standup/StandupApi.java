package org.onebacklog.standup;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onebacklog.failure.InvalidInput;

/** The stand-up over the JSON API: {@code GET /products/{key}/standup[?since=ISO-8601 instant]}. */
@Tag(name = "Stand-up")
@Path("/api/v1/products/{key}/standup")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class StandupApi {

    @Inject
    StandupService standups;

    @GET
    @Transactional
    @Operation(summary = "Read the stand-up",
            description = "What changed since the last stand-up (or `since`, an ISO-8601 instant), person by "
                    + "person: tasks moved, in progress, blocked, and aging in their column.")
    public Standup standup(@PathParam("key") String key, @QueryParam("since") String since) {
        return standups.standup(key, instant(since));
    }

    private static Instant instant(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("since", "Give an ISO-8601 instant, such as 2026-12-01T08:30:00Z");
        }
    }
}
