package org.onebacklog.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.onebacklog.failure.Checks;

/** Replacing a one-time password with one of the user's own, the first thing they do after logging in with it. */
@ApplicationScoped
public class OneTimePasswordService {

    @Inject
    Caller caller;

    @Inject
    SessionLogin sessions;

    /** Whether the caller still holds a one-time password. */
    public boolean pending() {
        return caller.user().mustChangePassword;
    }

    /** Sets the caller's own password and lifts the mark; the messages name the field to fix. */
    @Transactional
    public void replace(String password, String repeated) {
        User user = caller.user();
        Checks checks = new Checks();
        PasswordPolicy.problem(user.username, password).ifPresent(why -> checks.add("password", why));
        if (!checks.has("password") && user.passwordMatches(password)) {
            checks.add("password", "Choose a password of your own, not the one-time password");
        }
        if (!checks.has("password") && !password.equals(repeated)) {
            checks.add("repeat", "The two passwords differ; type the same password twice");
        }
        checks.throwIfAny();
        user.setPassword(password);
        user.mustChangePassword = false;
        sessions.forget(user.username);
    }
}
