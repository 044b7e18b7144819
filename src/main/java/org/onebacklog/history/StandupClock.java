package org.onebacklog.history;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The team's daily stand-up: on working days, at a time of day in the team's zone (plain Java). It answers "since
 * when" for the board's changed-since marks and the stand-up's "who did what".
 */
public record StandupClock(LocalTime at, ZoneId zone) {

    /**
     * How long a stand-up is held. While it is (and a little after), "since the last stand-up" still means the one
     * before: the team standing at 09:35 wants yesterday's news, not the last five minutes.
     */
    public static final Duration HELD = Duration.ofHours(1);

    /** The last stand-up that was over by {@code now}: the start of what is "new" at {@code now}. */
    public Instant previous(Instant now) {
        LocalDate day = now.atZone(zone).toLocalDate();
        for (int back = 0; back < 14; back++) {
            LocalDate date = day.minusDays(back);
            if (!SprintRecord.isWorkingDay(date)) {
                continue;
            }
            Instant held = date.atTime(at).atZone(zone).toInstant();
            if (!held.plus(HELD).isAfter(now)) {
                return held;
            }
        }
        return day.minusDays(14).atTime(at).atZone(zone).toInstant();
    }

    /**
     * Working days from {@code since} to {@code now} in the team's zone: the working days after the day it began,
     * up to and including today. Moved on Friday, looked at on Monday: 1.
     */
    public int workingDaysBetween(Instant since, Instant now) {
        LocalDate from = since.atZone(zone).toLocalDate();
        LocalDate to = now.atZone(zone).toLocalDate();
        if (!to.isAfter(from)) {
            return 0;
        }
        return (int) from.plusDays(1).datesUntil(to.plusDays(1)).filter(SprintRecord::isWorkingDay).count();
    }

}
