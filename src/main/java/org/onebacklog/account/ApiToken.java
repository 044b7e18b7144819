package org.onebacklog.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A personal API token for scripts ({@code Authorization: Bearer …}). Only its SHA-256 hash is stored: the token
 * itself is shown once, when it is created, and cannot be recovered.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    public String name;

    @Column(name = "token_hash")
    public String tokenHash;

    /** The first characters of the token, so its owner can tell tokens apart. */
    @Column(name = "token_prefix")
    public String prefix;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Version
    public long version;
}
