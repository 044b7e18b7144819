package org.onebacklog.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onebacklog.account.Caller;
import org.onebacklog.account.OneTimePasswords;
import org.onebacklog.account.PasswordPolicy;
import org.onebacklog.account.Sessions;
import org.onebacklog.account.User;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.Contested;
import org.onebacklog.failure.Forbidden;
import org.onebacklog.failure.NotFound;
import org.onebacklog.product.Membership;
import org.onebacklog.store.RowLock;

/**
 * The accounts, run by admins: list them, create one (with a password, or a one-time password to hand over), disable
 * and enable, make or unmake admin, reset a password. There is always an enabled admin: the last one can be neither
 * disabled nor demoted, and nobody disables their own account (another admin must).
 */
@ApplicationScoped
public class UserService {

    /** A user just made; {@code oneTimePassword} is null when the admin gave a password. */
    public record Created(UserView user, String oneTimePassword) {
    }

    /** The version sent is not the user's current one: someone changed them meanwhile. */
    public static final class Stale extends Conflict {
        Stale(String message, UserView current) {
            super(message, current);
        }
    }

    /** A password just reset: the only moment the one-time password is known. */
    public record Reset(String username, String oneTimePassword) {
    }

    @Inject
    Caller caller;

    @Inject
    Contested contested;

    @Inject
    Sessions sessions;

    public List<UserView> list() {
        admin();
        Map<Long, List<Membership>> memberships = Membership.<Membership>find(
                "select m from Membership m join fetch m.product join fetch m.user order by m.product.key")
                .list().stream().collect(Collectors.groupingBy(m -> m.user.id));
        return User.<User>list("order by username").stream()
                .map(user -> UserView.of(user, memberships.getOrDefault(user.id, List.of()))).toList();
    }

    public UserView find(String username) {
        admin();
        return view(existing(username));
    }

    @Transactional
    public Created create(String username, String password, Boolean admin) {
        admin();
        Checks checks = new Checks();
        String name = username == null ? "" : username.strip();
        if (!User.USERNAME.matcher(name).matches()) {
            checks.add("username", User.USERNAME_RULE);
        }
        boolean given = password != null && !password.isEmpty();
        if (given) {
            PasswordPolicy.problem(name, password).ifPresent(why -> checks.add("password", why));
        }
        checks.throwIfAny();
        User.byUsername(name).ifPresent(taken -> {
            throw new Conflict("There is a user " + name + " already; choose another username", view(taken));
        });
        // Two admins creating the same name at once collide on the unique username: the 409 shows the one that won.
        contested.is(() -> User.byUsername(name).map(this::view).orElse(null));
        String oneTime = given ? null : OneTimePasswords.generate(name);
        User user = User.create(name, given ? password : oneTime, Boolean.TRUE.equals(admin));
        user.mustChangePassword = !given;
        user.persist();
        User.flush();
        return new Created(view(user), oneTime);
    }

    /** Disables or enables the user, makes them admin or not; a stale version is a conflict. */
    @Transactional
    public UserView change(String username, UserChange change) {
        User me = admin();
        Checks checks = new Checks();
        if (change.disabled() == null && change.admin() == null) {
            checks.add("disabled", "Say what to change: disabled, admin, or both");
        }
        if (change.version() == null) {
            checks.add("version", "Send the version you read, so that no one else's change is overwritten");
        }
        checks.throwIfAny();
        User user = existing(username);
        boolean disable = Boolean.TRUE.equals(change.disabled()) && !user.disabled;
        boolean demote = Boolean.FALSE.equals(change.admin()) && user.isAdmin();
        // Locked in one order by everyone who may take an admin away, so that two admins demoting each other at
        // the same moment cannot both count the other one and leave nobody.
        List<User> enabledAdmins = (disable || demote) ? User.<User>find("roles = ?1 and disabled = false order by id",
                User.ADMIN).withLock(LockModeType.PESSIMISTIC_WRITE).list() : List.of();
        RowLock.lockAndRefresh(User.getEntityManager(), user, "app_user", user.id);
        if (user.version != change.version()) {
            throw new Stale(user.username + " was changed meanwhile (at version " + user.version + ", you sent "
                    + change.version() + "); look at current and try again", view(user));
        }
        boolean enabledAdmin = user.isAdmin() && !user.disabled;
        if (enabledAdmin && (disable || demote) && enabledAdmins.size() <= 1) {
            throw new Conflict(user.username + " is the last enabled admin and must stay one; make someone else "
                    + "admin first", view(user));
        }
        if (disable && user.id.equals(me.id)) {
            throw new Forbidden("You cannot disable your own account; another admin can");
        }
        if (change.disabled() != null) {
            user.disabled = change.disabled();
        }
        if (change.admin() != null) {
            user.roles = change.admin() ? User.ADMIN : User.USER;
        }
        User.flush();
        sessions.forget(user.username);
        if (disable) {
            sessions.endAllOf(user);
        }
        return view(user);
    }

    /** A new one-time password, shown once; the user must replace it at their next login. */
    @Transactional
    public Reset resetPassword(String username) {
        admin();
        User user = existing(username);
        String oneTime = OneTimePasswords.generate(user.username);
        user.setPassword(oneTime);
        user.mustChangePassword = true;
        User.flush();
        sessions.forget(user.username);
        sessions.endAllOf(user); // whoever knew the old password is logged out too
        return new Reset(user.username, oneTime);
    }

    private User admin() {
        User me = caller.user();
        if (!me.isAdmin()) {
            throw new Forbidden("Only admins manage users");
        }
        return me;
    }

    private static User existing(String username) {
        return User.byUsername(username).orElseThrow(() -> new NotFound("There is no user " + username));
    }

    private UserView view(User user) {
        return UserView.of(user, Membership.list("user = ?1 order by product.key", user));
    }
}
