package org.onebacklog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.InvalidInput;

class ProblemsTest {

    @Test
    void aServerErrorNamesAnIdAndNothingOfTheCode() {
        Problem problem = Problems.of(new IllegalStateException("secret internals at com.example.Foo"));
        assertEquals(500, problem.status());
        assertNotNull(problem.errorId());
        assertTrue(problem.detail().contains(problem.errorId()), problem.detail());
        assertFalse(problem.detail().contains("IllegalStateException"));
        assertFalse(problem.detail().contains("secret internals"));
    }

    @Test
    void failuresWrappedInOthersKeepTheirMeaning() {
        Problem problem = Problems.of(new RuntimeException(new InvalidInput("title", "Give the item a title")));
        assertEquals(400, problem.status());
        assertEquals("title", problem.violations().get(0).field());
        assertEquals(409, Problems.of(new Conflict("stale", "fresh")).status());
        assertEquals("fresh", Problems.of(new Conflict("stale", "fresh")).current());
        assertEquals(409, Problems.of(new jakarta.persistence.OptimisticLockException("x")).status());
    }

    @Test
    void aLockWaitThatTimesOutIsABusyProductNotAServerError() {
        for (String state : new String[] {"HYT00", "55P03"}) {
            Problem problem = Problems.of(new RuntimeException("flush failed",
                    new java.sql.SQLException("Timeout trying to lock table", state)));
            org.junit.jupiter.api.Assertions.assertEquals(503, problem.status(), state);
            org.junit.jupiter.api.Assertions.assertTrue(problem.detail().contains("Nothing was changed"), state);
        }
    }
}
