package org.onebacklog.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.onebacklog.failure.Drafts;
import org.onebacklog.failure.NotFound;
import org.onebacklog.failure.OneLine;
import org.onebacklog.failure.Text;

/** Personal API tokens: each user creates and revokes their own. */
@ApplicationScoped
public class ApiTokenService {

    /** A token just made: the only moment its secret is known. */
    public record Created(ApiToken token, String secret) {
    }

    /** A token as it is asked for: named after where it is used. */
    record Asked(
            @NotBlank(message = "Name the token after where it is used, such as \"CI pipeline\"")
            @OneLine(max = 80, tooLong = "Keep the name to 80 characters",
                    message = "The name must be one line of text")
            String name) {

        /** A name is kept trimmed, so that a name of spaces only is no name. */
        Asked {
            name = Text.strip(name);
        }
    }

    @Inject
    Caller caller;

    @Transactional
    public Created create(String name) {
        User user = caller.user();
        Asked asked = new Asked(name);
        Drafts.check(asked);
        String trimmed = asked.name();
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
        return ApiToken.list("user = ?1 order by createdAt desc", caller.user());
    }

    /** Revokes one of the caller's tokens: it stops working with the next request. */
    @Transactional
    public void revoke(long id) {
        User user = caller.user();
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(id)
                .filter(t -> t.user.id.equals(user.id))
                .orElseThrow(() -> new NotFound("You have no API token " + id));
        token.delete();
    }
}
