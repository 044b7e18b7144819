package org.onebacklog.tv;

import io.quarkus.qute.RawString;
import java.time.Instant;
import org.onebacklog.product.Product;
import org.onebacklog.review.SprintReport;
import org.onebacklog.sprint.Gauge;
import org.onebacklog.sprint.PlanView;
import org.onebacklog.standup.StandupOnDisplay;

/**
 * Everything one TV frame shows: the sprint's goal and days left, the board, the burndown and the reserve gauge.
 * {@code report} and the rest are null while no sprint runs. While the team walks its stand-up, {@code standup} is
 * the step on the walker's screen, and the TV shows it instead of the board. {@code displayId}, {@code token} and
 * {@code rotateSeconds} are the display's that opened the page (null in a live frame, which every TV shares);
 * {@code rotations} is every display's rotation ("12:30 14:0"), so that each TV finds its own in any frame.
 */
public record TvScreen(Product product, Long displayId, String token, Integer rotateSeconds, String rotations,
        SprintReport report, TvBoard board, PlanView plan, Gauge gauge, RawString burndown, RawString wideBurndown,
        RawString burnup, RawString split, StandupOnDisplay standup) {

    /** The stand-up's step instead of the board: nothing else is computed for it. */
    static TvScreen standup(Product product, Long displayId, String token, Integer rotateSeconds, String rotations,
            StandupOnDisplay standup) {
        return new TvScreen(product, displayId, token, rotateSeconds, rotations, null, null, null, null, null, null,
                null, null, standup);
    }

    /** The reserve and the functional work in plain words; null while no sprint runs. */
    public TvReserve reserveInWords() {
        return plan == null ? null : TvReserve.of(plan);
    }

    public boolean running() {
        return report != null;
    }

    /** Seconds until the stand-up walk lapses unless someone steps on: the TV fetches its frame again then. */
    public long standupSecondsLeft() {
        return standup == null ? 0 : standup.secondsLeft(Instant.now());
    }
}
