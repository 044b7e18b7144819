package org.onebacklog.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Days left as the TV shows them: working days of the sprint from today on. */
class TeamCalendarTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    static final LocalDate FRIDAY_AFTER = LocalDate.of(2026, 11, 13);

    @Test
    void aTwoWeekSprintStartedOnTheFridayBeforeStillHasTenDays() {
        assertEquals(10, TeamCalendar.daysLeft(LocalDate.of(2026, 10, 30), MONDAY, FRIDAY_AFTER));
        assertEquals(10, TeamCalendar.daysLeft(LocalDate.of(2026, 11, 1), MONDAY, FRIDAY_AFTER));
    }

    @Test
    void todayCountsWhileTheSprintRuns() {
        assertEquals(10, TeamCalendar.daysLeft(MONDAY, MONDAY, FRIDAY_AFTER));
        assertEquals(1, TeamCalendar.daysLeft(FRIDAY_AFTER, MONDAY, FRIDAY_AFTER));
        assertEquals(5, TeamCalendar.daysLeft(LocalDate.of(2026, 11, 7), MONDAY, FRIDAY_AFTER), "from a Saturday");
    }

    @Test
    void nothingIsLeftAfterTheLastDay() {
        assertEquals(0, TeamCalendar.daysLeft(FRIDAY_AFTER.plusDays(1), MONDAY, FRIDAY_AFTER));
    }
}
