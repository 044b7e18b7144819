package org.onebacklog.tv;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code DELETE /api/v1/displays/{token}}: revokes a display token; its TVs are disconnected at once. */
@Tag(name = "TV displays")
@Path("/api/v1/displays/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class DisplayRevokeApi {

    @Inject
    DisplayService displays;

    @DELETE
    @APIResponse(responseCode = "204", description = "The display token is revoked: the TV stops showing the board")
    @Operation(summary = "Revoke a TV display",
            description = "Revokes the display's token: the TV stops showing the board.")
    public Response revoke(@PathParam("token") String token) {
        displays.revokeSecret(token);
        return Response.noContent().build();
    }
}
