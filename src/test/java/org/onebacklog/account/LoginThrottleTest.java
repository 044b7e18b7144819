package org.onebacklog.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        throttle = new LoginThrottle();
        throttle.useClock(clock);
    }

    @Test
    void fiveFailuresLockTheAccountFromThatAddressForFiveMinutes() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("dana", "10.0.0.1");
            assertTrue(throttle.waitFor("dana", "10.0.0.1").isEmpty(), "not locked after " + (i + 1));
        }
        throttle.failed("Dana", "10.0.0.1");
        assertEquals(Duration.ofMinutes(5), throttle.waitFor("dana", "10.0.0.1").orElseThrow());
        assertTrue(throttle.waitFor("dana", "10.0.0.2").isEmpty(), "another address is not locked");
        assertTrue(throttle.waitFor("erik", "10.0.0.1").isEmpty(), "another account is not locked");
        assertEquals(Duration.ofMinutes(5), throttle.waitForAddress("10.0.0.1").orElseThrow());

        clock.advance(Duration.ofMinutes(4));
        assertEquals("1 minute", LoginThrottle.describe(throttle.waitFor("dana", "10.0.0.1").orElseThrow()));
        clock.advance(Duration.ofMinutes(1));
        assertTrue(throttle.waitFor("dana", "10.0.0.1").isEmpty(), "the lock ends");
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("dana", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("dana", "10.0.0.1");
        assertTrue(throttle.waitFor("dana", "10.0.0.1").isEmpty());
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("dana", "10.0.0.1");
        }
        throttle.succeeded("dana", "10.0.0.1");
        throttle.failed("dana", "10.0.0.1");
        assertTrue(throttle.waitFor("dana", "10.0.0.1").isEmpty());
    }

    @Test
    void sprayingManyUsernamesFromOneAddressLocksTheAddress() {
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertFalse(throttle.waitFor("someone-new", "10.0.0.9").isEmpty());
        assertTrue(throttle.waitFor("someone-new", "10.0.0.8").isEmpty());
    }

    @Test
    void waitsAreSaidTheWayPeopleSayThem() {
        assertEquals("30 seconds", LoginThrottle.describe(Duration.ofSeconds(30)));
        assertEquals("1 minute", LoginThrottle.describe(Duration.ofSeconds(60)));
        assertEquals("5 minutes", LoginThrottle.describe(Duration.ofSeconds(290)));
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T09:00:00Z");

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
