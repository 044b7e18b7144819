package org.onebacklog.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The previous stand-up and a card's age in working days, as a team in Berlin lives them. */
class StandupClockTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final StandupClock CLOCK = new StandupClock(LocalTime.of(9, 30), BERLIN);

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void duringTheStandUpTheNewsIsSinceYesterdaysStandUp() {
        // Tuesday 1 December 2026, 09:35: the stand-up is being held.
        assertEquals(at("2026-11-30T09:30"), CLOCK.previous(at("2026-12-01T09:35")));
        assertEquals(at("2026-11-30T09:30"), CLOCK.previous(at("2026-12-01T10:29")));
    }

    @Test
    void afterTheStandUpTheNewsIsSinceToday() {
        assertEquals(at("2026-12-01T09:30"), CLOCK.previous(at("2026-12-01T10:30")));
        assertEquals(at("2026-12-01T09:30"), CLOCK.previous(at("2026-12-01T23:59")));
    }

    @Test
    void aroundMidnightTheLastStandUpIsTheDayBefore() {
        assertEquals(at("2026-12-01T09:30"), CLOCK.previous(at("2026-12-02T00:05")));
        assertEquals(at("2026-12-01T09:30"), CLOCK.previous(at("2026-12-02T09:29")));
    }

    @Test
    void mondaysStandUpLooksBackToFriday() {
        // Monday 7 December: the weekend held no stand-up.
        assertEquals(at("2026-12-04T09:30"), CLOCK.previous(at("2026-12-07T09:40")));
        assertEquals(at("2026-12-04T09:30"), CLOCK.previous(at("2026-12-06T12:00")), "Sunday");
        assertEquals(at("2026-12-04T09:30"), CLOCK.previous(at("2026-12-05T08:00")), "Saturday");
    }

    @Test
    void theStandUpIsHeldInTheTeamsZoneWhateverTheServersZone() {
        StandupClock tokyo = new StandupClock(LocalTime.of(9, 30), ZoneId.of("Asia/Tokyo"));
        // 02:00 UTC on Tuesday is 11:00 in Tokyo: Tuesday's stand-up (00:30 UTC) is over.
        assertEquals(Instant.parse("2026-12-01T00:30:00Z"), tokyo.previous(Instant.parse("2026-12-01T02:00:00Z")));
        // Across the change to summer time in Berlin the stand-up stays at 09:30 local time.
        assertEquals(at("2027-03-26T09:30"), CLOCK.previous(at("2027-03-29T09:45")));
        assertEquals(Instant.parse("2027-03-29T07:30:00Z"), CLOCK.previous(at("2027-03-29T11:00")));
    }

    @Test
    void ageCountsWorkingDaysAfterTheDayACardCameIn() {
        assertEquals(0, CLOCK.workingDaysBetween(at("2026-12-01T09:00"), at("2026-12-01T18:00")), "same day");
        assertEquals(1, CLOCK.workingDaysBetween(at("2026-12-01T18:00"), at("2026-12-02T08:00")), "next morning");
        assertEquals(1, CLOCK.workingDaysBetween(at("2026-12-04T17:00"), at("2026-12-07T09:30")), "Friday to Monday");
        assertEquals(1, CLOCK.workingDaysBetween(at("2026-12-05T10:00"), at("2026-12-07T09:30")), "Saturday to Monday");
        assertEquals(5, CLOCK.workingDaysBetween(at("2026-12-01T10:00"), at("2026-12-08T10:00")), "a week");
    }

    @Test
    void ageFollowsTheTeamsCalendarDayNotUtcs() {
        // 23:30 on Monday in Berlin is already Tuesday in UTC+14; in Berlin it is still Monday: age 0 then.
        assertEquals(0, CLOCK.workingDaysBetween(at("2026-11-30T08:00"), at("2026-11-30T23:30")));
        StandupClock kiritimati = new StandupClock(LocalTime.of(9, 30), ZoneId.of("Pacific/Kiritimati"));
        assertEquals(1, kiritimati.workingDaysBetween(at("2026-11-30T08:00"), at("2026-11-30T23:30")));
    }
}
