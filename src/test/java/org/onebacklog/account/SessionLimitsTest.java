package org.onebacklog.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLimitsTest {

    private final SessionLimits limits = new SessionLimits(Duration.ofHours(8), Duration.ofHours(24));
    private final Instant login = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void aSessionHoldsWhileUsedWithinTheIdleTimeout() {
        assertTrue(limits.holds(login, login, null, login.plus(Duration.ofHours(7).plusMinutes(59))));
        assertFalse(limits.holds(login, login, null, login.plus(Duration.ofHours(8))), "8 hours unused: over");
        Instant used = login.plus(Duration.ofHours(7));
        assertTrue(limits.holds(login, used, null, used.plus(Duration.ofHours(7))), "use keeps it going");
    }

    @Test
    void noUseKeepsASessionPastItsLifetime() {
        Instant lastUsed = login.plus(Duration.ofHours(23).plusMinutes(50));
        assertTrue(limits.holds(login, lastUsed, null, login.plus(Duration.ofHours(23).plusMinutes(59))));
        assertFalse(limits.holds(login, lastUsed, null, login.plus(Duration.ofHours(24))));
    }

    @Test
    void anEndedSessionNeverHolds() {
        assertFalse(limits.holds(login, login, login, login.plusSeconds(1)));
    }
}
