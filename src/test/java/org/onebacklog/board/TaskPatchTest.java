package org.onebacklog.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.failure.Violation;

/** A task's PATCH body laid over the task as it was read: plain JUnit, no container. */
class TaskPatchTest {

    private static final TaskDraft BASE = new TaskDraft("Write tests", new BigDecimal("3"), new BigDecimal("2"),
            "dana", null);

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void fieldsSentReplaceTheTasksAndNullClearsThem() throws Exception {
        Checks checks = new Checks();
        TaskPatch.Parsed patch = TaskPatch.parse(json("{\"version\": 4, \"remaining\": 1.5, \"assignee\": null}"),
                BASE, checks);
        checks.throwIfAny();
        assertEquals(4, patch.version());
        assertEquals(new TaskDraft("Write tests", new BigDecimal("3"), new BigDecimal("1.5"), null, null),
                patch.draft());
    }

    @Test
    void everythingWrongIsCollectedFieldByField() throws Exception {
        Checks checks = new Checks();
        TaskPatch.parse(json("{\"title\": 5, \"estimate\": \"two\", \"remaining\": -1, \"column\": \"done\"}"),
                BASE, checks);
        InvalidInput invalid = assertThrows(InvalidInput.class, checks::throwIfAny);
        assertEquals(List.of(
                new Violation("version", org.onebacklog.failure.Checks.VERSION_REQUIRED),
                new Violation("estimate", "Expected a number"), new Violation("title", "Give the task a title"),
                new Violation("remaining", "Cannot be negative"),
                new Violation("column", "Move a task with POST /tasks/{id}/move")), invalid.violations());
    }

    @Test
    void aBodyThatIsNoObjectIsRefusedAtOnce() {
        InvalidInput invalid = assertThrows(InvalidInput.class, () -> TaskPatch.parse(json("[1]"), BASE,
                new Checks()));
        assertEquals("body", invalid.violations().get(0).field());
    }
}
