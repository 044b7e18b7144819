package org.onebacklog.product;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.Optional;
import org.onebacklog.account.User;

/** A user's role in one product. */
@Entity
public class Membership extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

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
