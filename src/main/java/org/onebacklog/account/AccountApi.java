package org.onebacklog.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onebacklog.web.Bodies;

/** The caller's own account: change their password, end all their page sessions. */
@Tag(name = "Account")
@Path("/api/v1/account")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AccountApi {

    /** {@code {current, new}}: "new" is a Java keyword, hence the component's name. */
    public record NewPassword(String current, @JsonProperty("new") String next) {
    }

    @Inject
    Caller caller;

    @Inject
    PasswordChange passwords;

    @Inject
    Sessions sessions;

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "The password is changed; the caller's page sessions ended")
    @Operation(summary = "Change my password",
            description = "Needs the current password (`current`); the new one (`new`) must be 8 to 128 characters, "
                    + "not a common password, not contain the username and not be one character repeated. A wrong "
                    + "current password counts as a failed login. Every page session of the caller ends.")
    public Response changePassword(NewPassword body, @Context HttpServerRequest request) {
        NewPassword asked = Bodies.required(body);
        passwords.change(caller.user(), asked.current(), asked.next(), null, LoginPage.addressOf(request),
                Optional.empty());
        return Response.noContent().build();
    }

    @POST
    @Path("logout-everywhere")
    @APIResponse(responseCode = "204", description = "Every page session of the caller has ended")
    @Operation(summary = "Log out everywhere",
            description = "Ends every page session of the caller, on every instance within a second. API tokens "
                    + "are not touched: revoke them under Account.")
    public Response logoutEverywhere() {
        sessions.endAllOf(caller.user());
        return Response.noContent().build();
    }
}
