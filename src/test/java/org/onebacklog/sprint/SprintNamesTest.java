package org.onebacklog.sprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SprintNamesTest {

    @Test
    void theFirstSprintIsSprintOne() {
        assertEquals("Sprint 1", SprintNames.next(List.of()));
    }

    @Test
    void theNextNumberFollowsTheHighestNotTheCount() {
        assertEquals("Sprint 26", SprintNames.next(List.of("Sprint 1", "Sprint 25", "Sprint 3", "Sprint 4",
                "Sprint 5")));
    }

    @Test
    void theTeamsOwnWordIsKept() {
        assertEquals("Iteration 8", SprintNames.next(List.of("Iteration 6", "Iteration 7")));
        assertEquals("Sprint-13", SprintNames.next(List.of("Sprint-12")));
    }

    @Test
    void namesWithoutNumbersAreCounted() {
        assertEquals("Sprint 3", SprintNames.next(List.of("Kick-off", "Hardening")));
    }
}
