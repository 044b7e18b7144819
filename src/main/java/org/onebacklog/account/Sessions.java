package org.onebacklog.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onebacklog.failure.NotFound;

/**
 * Page sessions kept on the server ({@link UserSession}), so that they can be ended: logout, "log out everywhere",
 * a password change, and (for the admins' user page) {@link #endAllOf(User)}.
 *
 * <p>Every page request asks whether its session holds, and a database read per request would be the busiest query
 * of the app. So the answer for a session is kept for {@link #FRESH_FOR}: an ending made on this instance takes
 * effect at once (the entry is dropped), one made on another instance within a second, when the entry is read
 * afresh. "Last seen" is written on such a read, and at most once a {@link #LAST_SEEN_GRAIN}.
 */
@ApplicationScoped
public class Sessions {

    /** The page session's cookie: a random token, nothing else. */
    public static final String COOKIE = "onebacklog-session";
    /** The identity attribute that names the session a page request came with ("this session"). */
    public static final String SESSION_ID = "session-id";

    static final Duration FRESH_FOR = Duration.ofSeconds(1);
    static final Duration LAST_SEEN_GRAIN = Duration.ofMinutes(1);
    /** Rows of sessions past their lifetime are kept this long (they answer "when did I log in from there"). */
    static final Duration KEEP_OVER = Duration.ofDays(7);
    private static final String PREFIX = "obs_";
    /** More sessions than any team has at once: past it the cache starts over rather than grow without end. */
    private static final int MOST_CACHED = 20_000;

    /** What a session's token stood for when it was read: its identity, or nothing (unknown, ended, disabled). */
    private record Known(Long sessionId, Long userId, SecurityIdentity identity, Instant createdAt, Instant lastSeenAt,
            Instant readAt) {
    }

    /** A session just started: the token goes into the cookie, and is never seen again on the server. */
    public record Started(UserSession session, String token) {
    }

    @ConfigProperty(name = "onebacklog.session.idle-timeout", defaultValue = "8h")
    Duration idleTimeout;

    @ConfigProperty(name = "onebacklog.session.lifetime", defaultValue = "24h")
    Duration lifetime;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private volatile Clock clock = Clock.systemUTC();

    SessionLimits limits() {
        return new SessionLimits(idleTimeout, lifetime);
    }

    Instant now() {
        return clock.instant();
    }

    /** Tests move time on to see sessions expire; {@code null} puts the real clock back. */
    void useClock(Clock testClock) {
        clock = testClock == null ? Clock.systemUTC() : testClock;
        known.clear();
    }

    /** Starts a session for someone who just proved who they are; the old sessions of that user age on their own. */
    @Transactional
    public Started start(User user, String userAgent, String address) {
        Instant now = now();
        UserSession.delete("user = ?1 and createdAt < ?2", user, now.minus(lifetime).minus(KEEP_OVER));
        String token = ApiTokens.newToken(PREFIX);
        UserSession session = new UserSession();
        session.user = user;
        session.tokenHash = ApiTokens.hash(token);
        session.createdAt = now;
        session.lastSeenAt = now;
        session.device = Devices.describe(userAgent);
        session.address = address == null ? "unknown" : truncated(address, 64);
        session.persist();
        return new Started(session, token);
    }

    /**
     * The identity of the session this cookie names while the answer read for it is fresh; empty when it must be
     * read ({@link #read(String)}). Never touches the database, so it may run on the I/O thread.
     */
    Optional<Optional<SecurityIdentity>> cached(String token) {
        Known entry = known.get(ApiTokens.hash(token));
        Instant now = now();
        if (entry == null || now.isBefore(entry.readAt()) || !now.isBefore(entry.readAt().plus(FRESH_FOR))) {
            return Optional.empty();
        }
        return Optional.of(verdict(entry, now));
    }

    /** Reads the session this cookie names afresh (blocking), notes that it was seen, and remembers the answer. */
    Optional<SecurityIdentity> read(String token) {
        String hash = ApiTokens.hash(token);
        Known entry = QuarkusTransaction.joiningExisting().call(() -> {
            Instant now = now();
            UserSession session = UserSession.<UserSession>find("from UserSession s join fetch s.user where "
                    + "s.tokenHash = ?1", hash).firstResultOptional().orElse(null);
            if (session == null || !admits(session.user)
                    || !limits().holds(session.createdAt, session.lastSeenAt, session.endedAt, now)) {
                return new Known(null, null, null, now, now, now);
            }
            Instant lastSeen = session.lastSeenAt;
            if (!now.isBefore(lastSeen.plus(LAST_SEEN_GRAIN))) {
                UserSession.update("lastSeenAt = ?1, version = version + 1 where id = ?2 and endedAt is null", now,
                        session.id);
                lastSeen = now;
            }
            SecurityIdentity identity = QuarkusSecurityIdentity.builder(Identities.of(session.user, "session"))
                    .addAttribute(SESSION_ID, session.id).build();
            return new Known(session.id, session.user.id, identity, session.createdAt, lastSeen, now);
        });
        if (known.size() >= MOST_CACHED) {
            known.clear();
        }
        known.put(hash, entry);
        return verdict(entry, entry.readAt());
    }

    /**
     * Which of these tokens name a session that still holds (blocking): those read within the last second from
     * memory, all others in one query. For the live sockets, which check their sessions every second.
     */
    Set<String> holding(Set<String> tokens) {
        Set<String> holding = new HashSet<>();
        Map<String, String> toRead = new HashMap<>();
        for (String token : tokens) {
            Optional<Optional<SecurityIdentity>> cached = cached(token);
            if (cached.isPresent()) {
                cached.get().ifPresent(identity -> holding.add(token));
            } else {
                toRead.put(ApiTokens.hash(token), token);
            }
        }
        if (!toRead.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> {
                Instant now = now();
                SessionLimits limits = limits();
                List<UserSession> read = UserSession.list(
                        "from UserSession s join fetch s.user where s.tokenHash in ?1", toRead.keySet());
                for (UserSession session : read) {
                    if (admits(session.user)
                            && limits.holds(session.createdAt, session.lastSeenAt, session.endedAt, now)) {
                        holding.add(toRead.get(session.tokenHash));
                    }
                }
            });
        }
        return holding;
    }

    private Optional<SecurityIdentity> verdict(Known entry, Instant now) {
        if (entry.identity() == null || !limits().holds(entry.createdAt(), entry.lastSeenAt(), null, now)) {
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }

    /**
     * Whether this account may use its sessions at all: a disabled user's sessions stop here, on every instance
     * within {@link #FRESH_FOR} ({@link #endAllOf(User)}, called when an admin disables someone, ends them for good).
     */
    private static boolean admits(User user) {
        return !user.disabled;
    }

    /**
     * Reads this user's sessions afresh on their next request here: a changed role or a disabled account applies
     * on this instance at once (on the others within {@link #FRESH_FOR}).
     */
    public void forget(String username) {
        known.values().removeIf(entry -> entry.identity() != null
                && entry.identity().getPrincipal().getName().equals(username));
    }

    /** The session a page request came with, if it came with one. */
    public static Optional<Long> idOf(SecurityIdentity identity) {
        Object id = identity == null ? null : identity.getAttribute(SESSION_ID);
        return id instanceof Long sessionId ? Optional.of(sessionId) : Optional.empty();
    }

    /** Ends the session of this cookie (logout). An unknown or ended token is no error: the result is the same. */
    @Transactional
    public void end(String token) {
        String hash = ApiTokens.hash(token);
        UserSession.update("endedAt = ?1, version = version + 1 where tokenHash = ?2 and endedAt is null", now(),
                hash);
        afterCommit(() -> known.remove(hash));
    }

    /** Ends one of this user's sessions (from the sessions list). */
    @Transactional
    public void end(User user, long sessionId) {
        long ended = UserSession.update("endedAt = ?1, version = version + 1 where id = ?2 and user = ?3 and "
                + "endedAt is null", now(), sessionId, user);
        forget(user);
        if (ended == 0 && UserSession.count("id = ?1 and user = ?2", sessionId, user) == 0) {
            throw new NotFound("You have no session " + sessionId);
        }
    }

    /**
     * Ends every session of this user, on every instance within a second: "log out everywhere", and for the admins'
     * user page when an account is disabled or its password reset.
     */
    @Transactional
    public void endAllOf(User user) {
        UserSession.update("endedAt = ?1, version = version + 1 where user = ?2 and endedAt is null", now(), user);
        forget(user);
    }

    /** Ends this user's sessions but the one they are using (a password change keeps its own session). */
    @Transactional
    public void endOthersOf(User user, Optional<Long> keep) {
        if (keep.isEmpty()) {
            endAllOf(user);
            return;
        }
        UserSession.update("endedAt = ?1, version = version + 1 where user = ?2 and endedAt is null and id <> ?3",
                now(), user, keep.get());
        forget(user);
    }

    /** This user's sessions that still hold, the most recently used first. */
    public List<UserSession> openOf(User user) {
        Instant now = now();
        SessionLimits limits = limits();
        List<UserSession> open = UserSession.list("user = ?1 and endedAt is null", user);
        return open.stream().filter(s -> limits.holds(s.createdAt, s.lastSeenAt, s.endedAt, now))
                .sorted(Comparator.comparing((UserSession s) -> s.lastSeenAt).reversed()).toList();
    }

    /**
     * Drops what this instance remembers of the user's sessions once the ending is committed: dropped earlier, a
     * request in between could read the session as still open and keep that answer for a second.
     */
    private void forget(User user) {
        Long userId = user.id;
        afterCommit(() -> known.values().removeIf(entry -> userId.equals(entry.userId())));
    }

    private void afterCommit(Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.run();
            }
        });
    }

    private static String truncated(String text, int longest) {
        return text.length() > longest ? text.substring(0, longest) : text;
    }
}
