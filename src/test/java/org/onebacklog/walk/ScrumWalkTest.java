package org.onebacklog.walk;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.jboss.logging.Logger;

/**
 * A seeded random walk through what a Scrum team does in a product — add items with and without the optional
 * fields, rank them, plan and start sprints under every policy mode, add and move tasks, edit with stale versions,
 * close sprints, create and revoke TV displays — through the API and the page forms. After every step no answer was
 * a 5xx, every page and fragment of the product renders, each task stands in exactly one column, and the planning
 * gauge, the review and the TV tell the same figures.
 *
 * <p>The seed is printed; replay a failure with {@code -Donebacklog.walk.seed=…} ({@code -Donebacklog.walk.steps=…}
 * makes the walk longer).
 */
@QuarkusTest
class ScrumWalkTest {

    private static final Logger LOG = Logger.getLogger(ScrumWalkTest.class);

    @Test
    void aTeamsRandomDaysNeverBreakTheProduct() {
        long seed = Long.getLong("onebacklog.walk.seed", System.nanoTime());
        int steps = Integer.getInteger("onebacklog.walk.steps", 100);
        LOG.infof("Scrum walk: seed %d, %d steps (replay with -Donebacklog.walk.seed=%d)", seed, steps, seed);
        Walk walk = new Walk(seed);
        walk.run(steps);
        LOG.infof("Scrum walk: seed %d done: %s", seed, walk.summary());
    }
}
