package org.onebacklog.users;

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

/** The accounts over the JSON API, for admins. */
@Tag(name = "Users")
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class UsersApi {

    /** A user to create; without {@code password} the answer carries a one-time password. */
    public record NewUser(String username, String password, Boolean admin) {
    }

    /** A user just created, with the one-time password to hand over when none was given (shown this once). */
    public record CreatedUser(String username, boolean admin, boolean disabled, boolean mustChangePassword,
            Instant createdAt, List<UserView.ProductRole> products, long version,
            @Schema(description = "Only when no password was given; shown this once") String oneTimePassword) {

        static CreatedUser of(UserService.Created created) {
            UserView user = created.user();
            return new CreatedUser(user.username(), user.admin(), user.disabled(), user.mustChangePassword(),
                    user.createdAt(), user.products(), user.version(), created.oneTimePassword());
        }
    }

    /** A reset password: the one-time password appears here once. */
    public record PasswordReset(String username, String oneTimePassword) {
    }

    @Inject
    UserService users;

    @GET
    @Operation(summary = "List the users",
            description = "Every account with its standing and the products it is in, with its role in each. "
                    + "Admins only.")
    public List<UserView> list() {
        return users.list();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "Read a user", description = "One account, as the list shows it. Admins only.")
    public UserView find(@PathParam("username") String username) {
        return users.find(username);
    }

    @POST
    @APIResponse(responseCode = "201", description = "The user, and the one-time password when none was given",
            content = @Content(schema = @Schema(implementation = CreatedUser.class)))
    @Operation(summary = "Create a user",
            description = "Creates an account. With `password` (which must pass the password rules) the user logs "
                    + "in with it; without, the answer carries a `oneTimePassword`, shown this once, which the user "
                    + "replaces at the first login. A username in use is a 409. Admins only.")
    public Response create(NewUser body) {
        NewUser request = Bodies.required(body);
        UserService.Created created = users.create(request.username(), request.password(), request.admin());
        // A password in the answer: no cache along the way may keep it.
        return Response.created(URI.create("/api/v1/users/" + created.user().username()))
                .header("Cache-Control", "no-store").entity(CreatedUser.of(created)).build();
    }

    @PATCH
    @Path("{username}")
    @Operation(summary = "Disable, enable, make admin",
            description = "Sets `disabled` and/or `admin`, with the `version` last read (a stale one is a 409 with "
                    + "`current`). A disabled user cannot log in, and their sessions and API tokens stop. The last "
                    + "enabled admin cannot be disabled or demoted (409), and nobody disables their own account "
                    + "(403). Admins only.")
    public UserView change(@PathParam("username") String username, UserChange body) {
        return users.change(username, Bodies.required(body));
    }

    @POST
    @Path("{username}/password-reset")
    @APIResponse(responseCode = "200", description = "The new one-time password, shown this once",
            content = @Content(schema = @Schema(implementation = PasswordReset.class)))
    @Operation(summary = "Reset a password",
            description = "Gives the user a new one-time password, shown this once; the old password stops working "
                    + "and the user chooses their own at the next login. Admins only.")
    public Response resetPassword(@PathParam("username") String username) {
        UserService.Reset reset = users.resetPassword(username);
        return Response.ok(new PasswordReset(reset.username(), reset.oneTimePassword()))
                .header("Cache-Control", "no-store").build();
    }
}
