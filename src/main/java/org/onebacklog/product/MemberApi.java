package org.onebacklog.product;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onebacklog.web.Bodies;

/** A product's members over the JSON API. */
@Tag(name = "Team")
@Path("/api/v1/products/{key}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class MemberApi {

    /** Who to add and in which role; {@code password} creates the account when the user is unknown. */
    public record NewMember(String username, String role, String password) {
    }

    @Inject
    MembershipService memberships;

    @Inject
    ProductService products;

    @POST
    @APIResponse(responseCode = "201", description = "The user is now a member",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "200", description = "The member already was one: the role is changed",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @Operation(summary = "Add a member",
            description = "Adds a user to the product's team in a role, or changes the role of a member. With "
                    + "`password`, an unknown user is created.")
    public Response add(@PathParam("key") String key, NewMember body) {
        NewMember request = Bodies.required(body);
        Product product = products.find(key);
        var added = memberships.addMember(product, request.username(), request.role(), request.password());
        return Response.status(added.created() ? 201 : 200).entity(MemberView.of(added.membership())).build();
    }

    @GET
    @Operation(summary = "List the team",
            description = "The product's members and their roles.")
    public List<MemberView> list(@PathParam("key") String key) {
        return memberships.members(products.find(key)).stream().map(MemberView::of).toList();
    }
}
