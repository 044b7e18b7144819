package org.onebacklog.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.AtOnce;

/** The throttle as it runs: counted in the database, which every instance shares (H2 here, PostgreSQL with -Dquarkus.test.profile=test,pg). */
@QuarkusTest
class LoginThrottleTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Inject
    LoginThrottle throttle;

    @Inject
    EntityManager em;

    private final MutableClock clock = new MutableClock();
    private int configuredPerAddress;

    @BeforeEach
    void setUp() {
        throttle.useClock(clock);
        configuredPerAddress = throttle.limitPerAddress();
    }

    @AfterEach
    void tearDown() {
        throttle.useClock(Clock.systemUTC());
        throttle.useLimitPerAddress(configuredPerAddress);
    }

    /** An address no other test has failed from. */
    private static String freshAddress() {
        return "10.77." + (ADDRESSES.incrementAndGet() / 250) + "." + (ADDRESSES.get() % 250 + 1);
    }

    @Test
    void fiveFailuresLockTheAccountFromThatAddressForFiveMinutes() {
        String address = freshAddress();
        for (int i = 0; i < 4; i++) {
            throttle.failed("dana", address);
            assertTrue(throttle.waitFor("dana", address).isEmpty(), "not locked after " + (i + 1));
        }
        throttle.failed("Dana", address);
        assertEquals(Duration.ofMinutes(5), throttle.waitFor("dana", address).orElseThrow());
        assertTrue(throttle.waitFor("dana", freshAddress()).isEmpty(), "another address is not locked");
        assertTrue(throttle.waitFor("erik", address).isEmpty(), "another account is not locked");
        assertEquals(Duration.ofMinutes(5), throttle.waitForAddress(address).orElseThrow());

        clock.advance(Duration.ofMinutes(4));
        assertEquals("1 minute", LoginThrottle.describe(throttle.waitFor("dana", address).orElseThrow()));
        clock.advance(Duration.ofMinutes(1));
        assertTrue(throttle.waitFor("dana", address).isEmpty(), "the lock ends");
        // The failures were spent on that lock: the next one starts a new count.
        throttle.failed("dana", address);
        assertTrue(throttle.waitFor("dana", address).isEmpty(), "one failure after a lock does not lock again");
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        String address = freshAddress();
        for (int i = 0; i < 4; i++) {
            throttle.failed("dana", address);
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("dana", address);
        assertTrue(throttle.waitFor("dana", address).isEmpty());
    }

    @Test
    void oldFailuresAndLocksAreDeleted() {
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            throttle.failed("dana", address);
        }
        assertEquals(5, rows("login_failure", address));
        assertEquals(1, rows("login_lock", address));
        clock.advance(Duration.ofMinutes(14));
        throttle.forgetOlderThanWindow();
        assertEquals(5, rows("login_failure", address), "still within the window");
        clock.advance(Duration.ofMinutes(2));
        throttle.forgetOlderThanWindow();
        assertEquals(0, rows("login_failure", address));
        assertEquals(0, rows("login_lock", address));
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() {
        String address = freshAddress();
        for (int i = 0; i < 4; i++) {
            throttle.failed("dana", address);
        }
        throttle.succeeded("dana", address);
        throttle.failed("dana", address);
        assertTrue(throttle.waitFor("dana", address).isEmpty());
    }

    @Test
    void sprayingManyUsernamesFromOneAddressLocksTheAddress() {
        throttle.useLimitPerAddress(LoginThrottle.PER_ADDRESS);
        String address = freshAddress();
        for (int i = 0; i < LoginThrottle.PER_ADDRESS - 1; i++) {
            throttle.failed("user" + i, address);
        }
        assertTrue(throttle.waitFor("someone-new", address).isEmpty(), "not yet");
        throttle.failed("user-last", address);
        assertFalse(throttle.waitFor("someone-new", address).isEmpty());
        assertTrue(throttle.waitFor("someone-new", freshAddress()).isEmpty());
    }

    /** Failures at the same moment (as on two instances) are all counted: 4 at once and one more lock. */
    @Test
    void failuresAtTheSameMomentAreAllCounted() throws Exception {
        String address = freshAddress();
        AtOnce.run(times(4, i -> throttle.failed("dana", address)));
        assertTrue(throttle.waitFor("dana", address).isEmpty(), "4 failures do not lock");
        throttle.failed("dana", address);
        assertTrue(throttle.waitFor("dana", address).isPresent(), "the fifth does: none of the four was lost");

        throttle.useLimitPerAddress(12);
        String sprayed = freshAddress();
        AtOnce.run(times(12, i -> throttle.failed("user" + i, sprayed)));
        assertTrue(throttle.waitFor("someone-new", sprayed).isPresent(), "12 failures at once lock the address");
    }

    /** Through the login form, several wrong passwords at once lock the account as they would one by one. */
    @Test
    void wrongPasswordsPostedAtOnceLockTheAccount() throws Exception {
        String shop = Api.product("LT");
        String victim = Api.member(shop, "DEVELOPER");
        AtOnce.run(times(LoginThrottle.PER_ACCOUNT, i -> given().redirects().follow(false)
                .formParam("j_username", victim).formParam("j_password", "wrong-" + i).post("/j_security_check")
                .then().statusCode(302).header("Location", endsWith("/login?error=true"))));
        given().redirects().follow(false).formParam("j_username", victim).formParam("j_password", Api.password(victim))
                .post("/j_security_check").then().statusCode(302).header("Location", endsWith("/login?error=true"));
    }

    @Test
    void waitsAreSaidTheWayPeopleSayThem() {
        assertEquals("30 seconds", LoginThrottle.describe(Duration.ofSeconds(30)));
        assertEquals("1 minute", LoginThrottle.describe(Duration.ofSeconds(60)));
        assertEquals("5 minutes", LoginThrottle.describe(Duration.ofSeconds(290)));
    }

    private long rows(String table, String address) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from " + table + " where address = ?1").setParameter(1, address).getSingleResult())
                .longValue());
    }

    private interface Attempt {
        void run(int i) throws Exception;
    }

    private static List<Callable<Void>> times(int n, Attempt attempt) {
        List<Callable<Void>> attempts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int each = i;
            attempts.add(() -> {
                attempt.run(each);
                return null;
            });
        }
        return attempts;
    }

    private static final class MutableClock extends Clock {
        private volatile Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
