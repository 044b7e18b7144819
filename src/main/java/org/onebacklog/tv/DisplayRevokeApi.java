package org.onebacklog.tv;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code DELETE /api/v1/displays/{token}}: revokes a display token; its TVs are disconnected at once. */
@Path("/api/v1/displays/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class DisplayRevokeApi {

    @Inject
    DisplayService displays;

    @DELETE
    public Response revoke(@PathParam("token") String token) {
        displays.revokeSecret(token);
        return Response.noContent().build();
    }
}
