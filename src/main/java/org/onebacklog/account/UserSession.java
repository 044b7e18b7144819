package org.onebacklog.account;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.onebacklog.store.Row;

/**
 * A page session: one browser logged in as one user. The browser holds a random token in its session cookie; only
 * the token's SHA-256 hash is stored, so a copy of this table opens no session. {@link Sessions} decides whether it
 * still holds: not ended, used within the idle timeout, younger than its lifetime.
 */
@Entity
public class UserSession extends Row {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public User user;

    public String tokenHash;

    public Instant createdAt;

    /** When it was last used, to the minute: written at most once a minute, not on every request. */
    public Instant lastSeenAt;

    /** Set by logout, "log out everywhere", a password change or an admin; an ended session never holds again. */
    public Instant endedAt;

    /** The browser and system it was started from, in a few words ("Firefox on Linux"). */
    public String device;

    public String address;

    @Version
    public long version;
}
