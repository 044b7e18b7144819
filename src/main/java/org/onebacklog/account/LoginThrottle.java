package org.onebacklog.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.onebacklog.web.Settings;

/**
 * Slows down password guessing. After {@value #PER_ACCOUNT} failed logins for one username from one address
 * within the window, that pair is refused for the lock time, right password or not; after {@value #PER_ADDRESS}
 * failures from one address (any usernames; configurable), the address is. Unknown usernames count the same as known ones, so
 * the throttle tells nothing about which accounts exist. Kept in memory: each instance throttles on its own.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(5);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    /** Tests raise it: the whole suite logs in from one address. */
    int perAddress = PER_ADDRESS;

    @Inject
    void configure(Settings settings) {
        perAddress = settings.login().failuresPerAddress();
    }

    /** How long this login attempt must wait; empty when it may go ahead. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> account = remaining(accountKey(username, address), now);
        return account.isPresent() ? account : remaining(addressKey(address), now);
    }

    /** How long any login from this address must wait (for the login page's message). */
    public Optional<Duration> waitForAddress(String address) {
        Instant now = clock.instant();
        String prefix = "a|" + address + "|";
        Optional<Duration> longest = remaining(addressKey(address), now);
        for (Map.Entry<String, Instant> lock : lockedUntil.entrySet()) {
            if (lock.getKey().startsWith(prefix) && lock.getValue().isAfter(now)) {
                Duration left = Duration.between(now, lock.getValue());
                if (longest.isEmpty() || left.compareTo(longest.get()) > 0) {
                    longest = Optional.of(left);
                }
            }
        }
        return longest;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        count(accountKey(username, address), PER_ACCOUNT, now);
        count(addressKey(address), perAddress, now);
    }

    public void succeeded(String username, String address) {
        failures.remove(accountKey(username, address));
    }

    void useClock(Clock testClock) {
        this.clock = testClock;
    }

    private void count(String key, int limit, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.removeFirst();
            }
            if (times.size() >= limit) {
                lockedUntil.put(key, now.plus(LOCK));
                times.clear();
            }
        }
    }

    private Optional<Duration> remaining(String key, Instant now) {
        Instant until = lockedUntil.get(key);
        if (until == null) {
            return Optional.empty();
        }
        if (!until.isAfter(now)) {
            lockedUntil.remove(key, until);
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, until));
    }

    private static String accountKey(String username, String address) {
        return "a|" + address + "|" + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "ip|" + address;
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
