package org.onebacklog.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person who can log in. The password is kept as a bcrypt hash only ({@link PasswordLogin} checks it). {@code roles} is the global role
 * ({@value #ADMIN} or {@value #USER}); what a user may do in a product comes from their membership of its team.
 */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntityBase {

    public static final String ADMIN = "admin";
    public static final String USER = "user";

    /** What a username may be, wherever an account is made (a team's "add someone", the admins' user list). */
    public static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{2,64}");
    public static final String USERNAME_RULE = "Use 2 to 64 letters, digits, dots, dashes or underscores";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    public Long id;

    public String username;

    public String passwordHash;

    public String roles = USER;

    public Instant createdAt = Instant.now();

    /** An admin turned the account off: no login, no token, no session works for it. */
    public boolean disabled;

    /** The password is a one-time password an admin handed over: the user chooses their own before anything else. */
    public boolean mustChangePassword;

    @Version
    public long version;

    public static User create(String username, String password, boolean admin) {
        User user = new User();
        user.username = username;
        user.setPassword(password);
        user.roles = admin ? ADMIN : USER;
        return user;
    }

    public static Optional<User> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** A new password (already checked against {@link PasswordPolicy}), stored as a bcrypt hash. */
    public void setPassword(String password) {
        passwordHash = BcryptUtil.bcryptHash(password);
    }

    public boolean passwordMatches(String password) {
        return BcryptUtil.matches(password, passwordHash);
    }

    public boolean isAdmin() {
        return ADMIN.equals(roles);
    }
}
