package org.onebacklog.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class StandupTimesTest {

    @Test
    void standUpTimesAreHoursAndMinutes() {
        assertEquals(LocalTime.of(9, 5), StandupTimes.parse("9:05"));
        assertEquals(LocalTime.of(17, 45), StandupTimes.parse(" 17:45 "));
        assertEquals("09:05", StandupTimes.format(StandupTimes.parse("9:05")));
        assertNull(StandupTimes.parse("24:00"));
        assertNull(StandupTimes.parse("9:60"));
        assertNull(StandupTimes.parse("9.30"));
        assertNull(StandupTimes.parse(""));
        assertNull(StandupTimes.parse(null));
    }
}
