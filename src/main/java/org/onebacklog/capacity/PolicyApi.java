package org.onebacklog.capacity;

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
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onebacklog.web.Bodies;

/** A product's capacity policy over the JSON API. */
@Tag(name = "Capacity")
@Path("/api/v1/products/{key}/capacity-policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class PolicyApi {

    public record NewPolicy(BigDecimal reservedShare, String mode, Long version) {
    }

    @Inject
    PolicyService policies;

    @GET
    @Operation(summary = "Read the capacity policy",
            description = "The share of each sprint's capacity reserved for technical work, and whether it only "
                    + "advises or is enforced.")
    public PolicyView get(@PathParam("key") String productKey) {
        return PolicyView.of(policies.get(productKey));
    }

    @PUT
    @Operation(summary = "Set the capacity policy",
            description = "Sets the reserved share and the mode (`OFF`, `WARN` or `ENFORCE`). Send the `version` "
                    + "you read (required): a stale one is a 409 with the current policy.")
    public PolicyView set(@PathParam("key") String productKey, NewPolicy body) {
        NewPolicy policy = Bodies.required(body);
        return PolicyView.of(policies.set(productKey, policy.reservedShare(), policy.mode(),
                Checks.requiredVersion(policy.version())));
    }
}
