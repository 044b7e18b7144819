package org.onebacklog.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.NotFound;

/** Personal API tokens: each user creates and revokes their own. */
@ApplicationScoped
public class ApiTokenService {

    /** A token just made: the only moment its secret is known. */
    public record Created(ApiToken token, String secret) {
    }

    @Inject
    Access access;

    @Transactional
    public Created create(String name) {
        User user = access.currentUser();
        String trimmed = name == null ? "" : name.strip();
        Checks checks = new Checks();
        if (trimmed.isEmpty()) {
            checks.add("name", "Name the token after where it is used, such as \"CI pipeline\"");
        } else if (trimmed.length() > 80) {
            checks.add("name", "Keep the name to 80 characters");
        } else if (trimmed.chars().anyMatch(Character::isISOControl)) {
            checks.add("name", "The name must be one line of text");
        }
        checks.throwIfAny();
        String secret = ApiTokens.newToken();
        ApiToken token = new ApiToken();
        token.user = user;
        token.name = trimmed;
        token.tokenHash = ApiTokens.hash(secret);
        token.prefix = secret.substring(0, 10);
        token.persist();
        return new Created(token, secret);
    }

    public List<ApiToken> mine() {
        return ApiToken.list("user = ?1 order by createdAt desc", access.currentUser());
    }

    /** Revokes one of the caller's tokens: it stops working with the next request. */
    @Transactional
    public void revoke(long id) {
        User user = access.currentUser();
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(id)
                .filter(t -> t.user.id.equals(user.id))
                .orElseThrow(() -> new NotFound("You have no API token " + id));
        token.delete();
    }
}
