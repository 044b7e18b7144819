package org.onebacklog.dod;

import org.onebacklog.failure.Checks;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.web.Bodies;

/** A product's Definition of Done over the JSON API. */
@Tag(name = "Definition of Done")
@Path("/api/v1/products/{key}/dod")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class DodApi {

    /** The whole new DoD; {@code version} (required) is the version the change was made against. */
    public record NewDefinition(Integer version, List<CriterionDraft> criteria) {
    }

    @Inject
    DodService dod;

    @GET
    @Operation(summary = "Read the Definition of Done",
            description = "The product's current DoD: its criteria, and the tasks they imply for every committed "
                    + "item.")
    public DefinitionOfDone get(@PathParam("key") String productKey) {
        return dod.current(productKey);
    }

    @PUT
    @Operation(summary = "Replace the Definition of Done",
            description = "Sets the whole list of criteria; an empty list clears the DoD. The change makes a new "
                    + "DoD version; sprints keep the version they started with. Send the DoD's `version` you read "
                    + "(required): a stale one is a 409 with the current DoD.")
    public DefinitionOfDone replace(@PathParam("key") String productKey, NewDefinition body) {
        NewDefinition definition = Bodies.required(body);
        if (definition.criteria() == null) {
            throw new InvalidInput("criteria", "Send the criteria as a list (an empty list clears the DoD)");
        }
        return dod.replace(productKey, definition.criteria(), Checks.requiredVersion(definition.version()));
    }
}
