package org.onebacklog.standup;

import java.time.Duration;
import java.time.Instant;

/** The stand-up step a TV shows while the team walks it, and when the walk lapses if nobody steps on. */
public record StandupOnDisplay(StandupSteps walk, StandupSteps.Step step, Instant endsAt) {

    /** Seconds until the walk lapses (at least 1), for the TV to fetch the board again then. */
    public long secondsLeft(Instant now) {
        return Math.max(1, Duration.between(now, endsAt).toSeconds() + 1);
    }
}
