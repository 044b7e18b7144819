package org.onebacklog.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.onebacklog.store.Row;

/**
 * A personal API token for scripts ({@code Authorization: Bearer …}). Only its SHA-256 hash is stored: the token
 * itself is shown once, when it is created, and cannot be recovered.
 */
@Entity
public class ApiToken extends Row {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public User user;

    public String name;

    public String tokenHash;

    /** The first characters of the token, so its owner can tell tokens apart. */
    @Column(name = "token_prefix")
    public String prefix;

    public Instant createdAt = Instant.now();

    public Instant lastUsedAt;

    @Version
    public long version;
}
