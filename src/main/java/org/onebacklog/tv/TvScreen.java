package org.onebacklog.tv;

import io.quarkus.qute.RawString;
import org.onebacklog.product.Product;
import org.onebacklog.review.SprintReport;
import org.onebacklog.sprint.Gauge;
import org.onebacklog.sprint.PlanView;

/**
 * Everything one TV frame shows: the sprint's goal and days left, the board, the burndown and the reserve gauge.
 * {@code report} and the rest are null while no sprint runs.
 */
public record TvScreen(Product product, String token, Integer rotateSeconds, SprintReport report, TvBoard board,
        PlanView plan, Gauge gauge, RawString burndown, RawString wideBurndown, RawString burnup, RawString split) {

    public boolean running() {
        return report != null;
    }
}
