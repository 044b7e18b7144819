package org.onebacklog.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import org.onebacklog.failure.Checks;

/**
 * A person changes their own password: the current one is required (a session left open on a shared computer must
 * not be enough), the new one must pass {@link PasswordPolicy}, and every other session of theirs ends. A wrong
 * current password counts in the {@link LoginThrottle} like a failed login, so this form cannot be used to guess.
 */
@ApplicationScoped
public class PasswordChange {

    @Inject
    LoginThrottle throttle;

    @Inject
    Sessions sessions;

    /**
     * Changes the password, or throws InvalidInput naming {@code current}, {@code new} or {@code repeat}.
     *
     * @param repeat the new password typed again (the page), or null where there is no second field (the API)
     * @param keep   the session to keep open (the one the page came with); empty ends them all
     */
    @Transactional
    public void change(User user, String current, String next, String repeat, String address, Optional<Long> keep) {
        Checks checks = new Checks();
        Optional<Duration> wait = throttle.waitFor(user.username, address);
        if (wait.isPresent()) {
            checks.add("current", "Too many wrong passwords; try again in " + LoginThrottle.describe(wait.get()));
        } else if (current == null || current.isEmpty()) {
            checks.add("current", "Give your current password");
        } else if (!user.passwordMatches(current)) {
            throttle.failed(user.username, address);
            checks.add("current", "That is not your current password");
        } else if (current.equals(next)) {
            checks.add("new", "This is your current password; choose a new one");
        }
        if (!checks.has("new")) {
            PasswordPolicy.problem(user.username, next).ifPresent(problem -> checks.add("new", problem));
        }
        if (repeat != null && !checks.has("new") && !repeat.equals(next)) {
            checks.add("repeat", "The two new passwords differ; type the same one twice");
        }
        checks.throwIfAny();
        throttle.succeeded(user.username, address);
        User stored = User.findById(user.id);
        stored.passwordHash = BcryptUtil.bcryptHash(next);
        stored.mustChangePassword = false; // a one-time password, changed through the API, is gone
        sessions.endOthersOf(stored, keep);
    }
}
