package org.onebacklog.product;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.Optional;
import org.onebacklog.account.User;
import org.onebacklog.store.Row;

/** A user's role in one product. */
@Entity
public class Membership extends Row {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public User user;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Version
    public long version;

    public static Optional<Membership> of(Product product, User user) {
        return find("product = ?1 and user = ?2", product, user).firstResultOptional();
    }
}
