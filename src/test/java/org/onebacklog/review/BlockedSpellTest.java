package org.onebacklog.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.onebacklog.history.SprintRecord;

/** How the review measures a blocked spell: in the team's working days, in hours or minutes when shorter. */
class BlockedSpellTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Instant at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }

    static BlockedSpell spell(String from, String to, String asOf) {
        return BlockedSpell.of(new SprintRecord.Stoppage("SHOP-1", 7L, "Waiting for the sandbox", "dana", at(from),
                to == null ? null : at(to)), "Pay by card", at(asOf), BERLIN);
    }

    @Test
    void blockedFridayAndUnblockedMondayIsOneWorkingDay() {
        BlockedSpell spell = spell("2026-11-27T16:00", "2026-11-30T10:00", "2026-12-01T12:00");
        assertEquals(1, spell.workingDays());
        assertEquals("1 working day", spell.length());
        assertEquals("66 h", spell.clockTime(), "the clock time, nights and the weekend included");
        assertFalse(spell.stillBlocked());
        assertEquals("Fri 27 Nov, 16:00", spell.fromText());
        assertEquals("Mon 30 Nov, 10:00", spell.toText());
    }

    @Test
    void aSpellWithinOneDayIsCountedInHoursOrMinutes() {
        assertEquals("5 h", spell("2026-11-30T09:00", "2026-11-30T14:30", "2026-12-01T12:00").length());
        assertEquals("20 min", spell("2026-11-30T09:00", "2026-11-30T09:20", "2026-12-01T12:00").length());
        assertEquals("under a minute", spell("2026-11-30T09:00", "2026-11-30T09:00:30", "2026-12-01T12:00")
                .length());
        assertNull(spell("2026-11-30T09:00", "2026-11-30T14:30", "2026-12-01T12:00").clockTime());
    }

    @Test
    void aSpellOverMidnightInTheTeamsZoneCountsADayEvenIfShort() {
        // 23:00 to 08:00 in Berlin: the board's age would say one working day too.
        assertEquals(1, spell("2026-11-30T23:00", "2026-12-01T08:00", "2026-12-02T12:00").workingDays());
    }

    @Test
    void workStillBlockedIsMeasuredUpToTheFiguresMoment() {
        BlockedSpell spell = spell("2026-11-30T09:00", null, "2026-12-03T11:00");
        assertTrue(spell.stillBlocked());
        assertNull(spell.toText());
        assertEquals(3, spell.workingDays());
        assertEquals("3 working days", spell.length());
        assertEquals("74 h", spell.clockTime());
    }
}
