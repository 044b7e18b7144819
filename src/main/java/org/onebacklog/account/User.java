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

/**
 * A person who can log in. The password is kept as a bcrypt hash only ({@link PasswordLogin} checks it). {@code roles} is the global role
 * ({@value #ADMIN} or {@value #USER}); what a user may do in a product comes from their membership of its team.
 */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntityBase {

    public static final String ADMIN = "admin";
    public static final String USER = "user";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    public Long id;

    public String username;

    public String passwordHash;

    public String roles = USER;

    public Instant createdAt = Instant.now();

    @Version
    public long version;

    public static User create(String username, String password, boolean admin) {
        User user = new User();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.roles = admin ? ADMIN : USER;
        return user;
    }

    public static Optional<User> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public boolean passwordMatches(String password) {
        return BcryptUtil.matches(password, passwordHash);
    }

    public boolean isAdmin() {
        return ADMIN.equals(roles);
    }
}
