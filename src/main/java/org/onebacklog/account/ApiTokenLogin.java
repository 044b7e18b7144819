package org.onebacklog.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Turns a bearer token into its owner's identity; a revoked (deleted) token is simply unknown, and so is the token of
 * a disabled account, with its next request.
 */
@ApplicationScoped
public class ApiTokenLogin implements IdentityProvider<ApiTokenRequest> {

    /** "Last used" is a hint for the owner, not an audit log: write it at most once a minute per token. */
    private static final Duration LAST_USED_GRAIN = Duration.ofMinutes(1);

    @Override
    public Class<ApiTokenRequest> getRequestType() {
        return ApiTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> QuarkusTransaction.joiningExisting().call(() -> {
            ApiToken token = ApiToken.<ApiToken>find("tokenHash", ApiTokens.hash(request.token()))
                    .firstResultOptional().orElse(null);
            if (token == null || token.user.disabled) {
                throw new AuthenticationFailedException("Unknown or revoked API token");
            }
            Instant now = Instant.now();
            if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minus(LAST_USED_GRAIN))) {
                ApiToken.update("lastUsedAt = ?1 where id = ?2", now, token.id);
            }
            return Identities.of(token.user, "api-token");
        }));
    }
}
