package org.onebacklog.account;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

/** The caller's own API tokens over the JSON API. */
@Tag(name = "Account")
@Path("/api/v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ApiTokenApi {

    public record NewToken(String name) {
    }

    /** A token as listed: never its secret. */
    public record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {
        static TokenView of(ApiToken token) {
            return new TokenView(token.id, token.name, token.prefix, token.createdAt, token.lastUsedAt);
        }
    }

    /** A token just created: the secret appears here once. */
    public record CreatedToken(long id, String name, String token, Instant createdAt) {
    }

    @Inject
    ApiTokenService tokens;

    @POST
    @APIResponse(responseCode = "201", description = "The token, with its secret shown this once",
            content = @Content(schema = @Schema(implementation = CreatedToken.class)))
    @Operation(summary = "Create an API token",
            description = "Creates a personal API token for the caller. The secret is in this answer only; send it "
                    + "as `Authorization: Bearer <token>`.")
    public Response create(NewToken body) {
        ApiTokenService.Created created = tokens.create(Bodies.required(body).name());
        return Response.created(URI.create("/api/v1/tokens/" + created.token().id))
                .entity(new CreatedToken(created.token().id, created.token().name, created.secret(),
                        created.token().createdAt)).build();
    }

    @GET
    @Operation(summary = "List my API tokens",
            description = "The caller's tokens with their prefix, creation and last use; never their secrets.")
    public List<TokenView> list() {
        return tokens.mine().stream().map(TokenView::of).toList();
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "The token is revoked")
    @Operation(summary = "Revoke an API token",
            description = "Revokes one of the caller's tokens: calls with it are refused from now on.")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
