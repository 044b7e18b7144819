package org.onebacklog.standup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which step a TV shows for a recorded walk, and when a walk nobody steps on is over (plain Java). */
class StandupWalkTest {

    static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

    static Standup.Person person(String name, boolean news) {
        List<Standup.Moved> moved = news ? List.of(new Standup.Moved(1, "Peer review", "SHOP-1", "TODO", "DONE",
                NINE)) : List.of();
        return new Standup.Person(name, moved, List.of(), List.of(), List.of());
    }

    static StandupSteps walk(Standup.Person... people) {
        Standup standup = new Standup(NINE, null, List.of(people), new Standup.Work(List.of(), List.of(), List.of()),
                List.of());
        return StandupSteps.of(standup, Map.of(), "Monday 09:30");
    }

    @Test
    void theTvFollowsThePersonNotTheIndex() {
        StandupSteps before = walk(person("dana", true), person("jonas", true), person("mei", true));
        assertEquals("jonas", before.stepOf("jonas", 1).username());
        // dana has nothing left to say (her move was undone): jonas is now step 0, and still jonas's step is shown.
        StandupSteps after = walk(person("dana", false), person("jonas", true), person("mei", true));
        assertEquals("jonas", after.stepOf("jonas", 1).username());
        assertEquals(0, after.stepOf("jonas", 1).index());
    }

    @Test
    void someoneWithNothingLeftGetsAQuietStepOfTheirOwnAndNobodysWorkIsTheLast() {
        StandupSteps steps = walk(person("dana", false), person("jonas", true));
        StandupSteps.Step dana = steps.stepOf("dana", 0);
        assertEquals("dana", dana.who());
        assertTrue(dana.quiet(), "not jonas's news under dana's name");
        StandupSteps.Step nobody = steps.stepOf(null, 0);
        assertNull(nobody.username());
        assertEquals(steps.steps().size() - 1, nobody.index());
    }

    @Test
    void aWalkIsOverFifteenMinutesAfterItsLastStep() {
        StandupWalk walk = new StandupWalk();
        walk.steppedAt = NINE;
        assertFalse(walk.over(NINE.plusSeconds(14 * 60 + 59)));
        assertTrue(walk.over(NINE.plusSeconds(15 * 60)));
        assertEquals(1, new StandupOnDisplay(null, null, walk.endsAt()).secondsLeft(NINE.plusSeconds(15 * 60)),
                "a TV asks again at once, never in the past");
        assertEquals(15 * 60 + 1, new StandupOnDisplay(null, null, walk.endsAt()).secondsLeft(NINE));
    }
}
