package org.onebacklog.product;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
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
import org.onebacklog.web.Versions;

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

    /** A member's new role; {@code version} (the membership's, as read) refuses the change if someone came first. */
    public record RoleChange(String role, Long version) {
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

    @PUT
    @Path("{username}")
    @Transactional
    @APIResponse(responseCode = "200", description = "The member in the new role",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "A stale version, or the last Product Owner would lose the role")
    @Operation(summary = "Change a member's role",
            description = "Only the Product Owner or an admin gives or takes the Product Owner role; nobody but an "
                    + "admin changes their own role; the last Product Owner keeps it.")
    public MemberView changeRole(@PathParam("key") String key, @PathParam("username") String username,
            RoleChange body) {
        RoleChange change = Bodies.required(body);
        return MemberView.of(memberships.changeRole(products.find(key), username, change.role(), change.version()));
    }

    @DELETE
    @Path("{username}")
    @APIResponse(responseCode = "204", description = "The member is off the team; their open tasks are unassigned")
    @APIResponse(responseCode = "409", description = "The last Product Owner, or a stale version")
    @Operation(summary = "Remove a member",
            description = "The Product Owner, the Scrum Master or an admin takes a member off the team (a Product "
                    + "Owner only the Product Owner or an admin); anyone may leave. The last Product Owner stays. "
                    + "The member's open tasks are unassigned; done tasks and the history keep their name. "
                    + "`?version=` refuses the removal if the membership changed meanwhile.")
    public void remove(@PathParam("key") String key, @PathParam("username") String username,
            @QueryParam("version") String version) {
        memberships.remove(products.find(key), username, Versions.optional(version));
    }
}
