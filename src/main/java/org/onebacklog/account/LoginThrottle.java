package org.onebacklog.account;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.onebacklog.web.Settings;

/**
 * Slows down password guessing. After {@value #PER_ACCOUNT} failed logins for one username from one address
 * within the window, that pair is refused for the lock time, right password or not; after {@value #PER_ADDRESS}
 * failures from one address (any usernames; configurable), the address is. Unknown usernames count the same as
 * known ones, so the throttle tells nothing about which accounts exist.
 * <p>
 * Failures and locks live in the database (tables {@code login_failure}, {@code login_lock}), so every instance
 * behind the load balancer counts the same tries: N instances allow what one allows. A check is one indexed query.
 * A failure is written and committed before it is counted, so of failures arriving at once on any instances the
 * last one to count sees them all: none is lost, and the lock comes after the same number of tries.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(5);
    /** Old rows are deleted at most this often per instance, by a failed login. */
    private static final long FORGET_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    @Inject
    EntityManager em;

    private volatile Clock clock = Clock.systemUTC();
    private final AtomicLong lastForgotten = new AtomicLong(System.nanoTime() - FORGET_EVERY_NANOS);

    /** Tests raise it: the whole suite logs in from one address. */
    private volatile int perAddress = PER_ADDRESS;

    @Inject
    void configure(Settings settings) {
        perAddress = settings.login().failuresPerAddress();
    }

    /** How long this login attempt must wait; empty when it may go ahead. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = now();
        Object until = QuarkusTransaction.joiningExisting().call(() -> em.createNativeQuery(
                "select max(locked_until) from login_lock where address = ?1 and (username = ?2 or username is null)"
                        + " and locked_until > ?3")
                .setParameter(1, address(address)).setParameter(2, account(username)).setParameter(3, now)
                .getSingleResult());
        return remaining(until, now);
    }

    /** How long any login from this address must wait (for the login page's message). */
    public Optional<Duration> waitForAddress(String address) {
        Instant now = now();
        Object until = QuarkusTransaction.joiningExisting().call(() -> em.createNativeQuery(
                "select max(locked_until) from login_lock where address = ?1 and locked_until > ?2")
                .setParameter(1, address(address)).setParameter(2, now).getSingleResult());
        return remaining(until, now);
    }

    public void failed(String username, String address) {
        Instant now = now();
        String who = account(username);
        String where = address(address);
        // Committed on its own before counting: a failure counted in the same transaction as its insert would not
        // see another instance's failure of the same moment, and both could stop short of the lock.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into login_failure (address, username, failed_at) values (?1, ?2, ?3)")
                .setParameter(1, where).setParameter(2, who).setParameter(3, now).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> lockIfTooMany(who, where, now));
        forgetOld();
    }

    /** A successful login forgets that username's failures from that address. */
    public void succeeded(String username, String address) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "delete from login_failure where address = ?1 and username = ?2")
                    .setParameter(1, address(address)).setParameter(2, account(username)).executeUpdate());
        } catch (RuntimeException e) {
            // Colliding with the clean-up of old rows must not fail a good login; the failures expire anyway.
            Log.debugf("Failures of a successful login not forgotten: %s", e.getMessage());
        }
    }

    void useClock(Clock testClock) {
        this.clock = testClock;
    }

    void useLimitPerAddress(int limit) {
        this.perAddress = limit;
    }

    int limitPerAddress() {
        return perAddress;
    }

    private void lockIfTooMany(String who, String where, Instant now) {
        Instant windowStart = now.minus(WINDOW);
        // Failures up to a lock's start were spent on that lock; the next one counts from there.
        Object[] since = (Object[]) em.createNativeQuery(
                "select max(case when username is null then locked_at end), max(case when username = ?2 then locked_at"
                        + " end) from login_lock where address = ?1 and locked_at >= ?3")
                .setParameter(1, where).setParameter(2, who).setParameter(3, windowStart).getSingleResult();
        Object[] counts = (Object[]) em.createNativeQuery(
                "select count(case when username = ?2 and failed_at > ?3 then 1 end), count(case when failed_at > ?4"
                        + " then 1 end) from login_failure where address = ?1 and failed_at >= ?5")
                .setParameter(1, where).setParameter(2, who).setParameter(3, instant(since[1], Instant.EPOCH))
                .setParameter(4, instant(since[0], Instant.EPOCH)).setParameter(5, windowStart).getSingleResult();
        if (((Number) counts[0]).intValue() >= PER_ACCOUNT) {
            em.createNativeQuery("insert into login_lock (address, username, locked_at, locked_until) values (?1, ?2,"
                    + " ?3, ?4)").setParameter(1, where).setParameter(2, who).setParameter(3, now)
                    .setParameter(4, now.plus(LOCK)).executeUpdate();
        }
        if (((Number) counts[1]).intValue() >= perAddress) {
            em.createNativeQuery("insert into login_lock (address, username, locked_at, locked_until) values (?1, null,"
                    + " ?2, ?3)").setParameter(1, where).setParameter(2, now).setParameter(3, now.plus(LOCK))
                    .executeUpdate();
        }
    }

    /** Deletes failures and locks older than the window; at most once a minute per instance. */
    private void forgetOld() {
        long last = lastForgotten.get();
        long now = System.nanoTime();
        if (now - last < FORGET_EVERY_NANOS || !lastForgotten.compareAndSet(last, now)) {
            return;
        }
        try {
            forgetOlderThanWindow();
        } catch (RuntimeException e) {
            // Two instances deleting the same rows at once may deadlock; one gives way and the next round cleans up.
            Log.debugf("Old login failures not deleted this time: %s", e.getMessage());
        }
    }

    void forgetOlderThanWindow() {
        Instant windowStart = now().minus(WINDOW);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from login_failure where failed_at < ?1").setParameter(1, windowStart)
                    .executeUpdate();
            // A lock is shorter than the window: one that began before it has ended and counts nothing.
            em.createNativeQuery("delete from login_lock where locked_at < ?1").setParameter(1, windowStart)
                    .executeUpdate();
        });
    }

    /** Milliseconds, as every database keeps them. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Optional<Duration> remaining(Object until, Instant now) {
        if (until == null) {
            return Optional.empty();
        }
        Instant end = instant(until, now);
        return end.isAfter(now) ? Optional.of(Duration.between(now, end)) : Optional.empty();
    }

    /** A timestamp as the JDBC driver hands it back (H2 and PostgreSQL differ). */
    private static Instant instant(Object value, Instant otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    private static String account(String username) {
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String address(String address) {
        String where = address == null ? "unknown" : address;
        return where.length() > 100 ? where.substring(0, 100) : where;
    }

    /** "4 minutes", "1 minute", "30 seconds": how people say a short wait. */
    public static String describe(Duration wait) {
        long minutes = (wait.getSeconds() + 59) / 60;
        if (wait.getSeconds() < 60) {
            return wait.getSeconds() + " seconds";
        }
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
