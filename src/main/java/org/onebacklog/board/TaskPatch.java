package org.onebacklog.board;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Drafts;
import org.onebacklog.failure.InvalidInput;

/**
 * A partial change to a task from the API: the fields present replace the task's, {@code null} clears an optional
 * field, and {@code version} names the state the change was made against. The column is not among them: a task
 * moves with its own call, where the WIP limits are kept.
 */
public final class TaskPatch {

    private static final Set<String> FIELDS = Set.of("title", "estimate", "remaining", "assignee", "description", "version");

    public record Parsed(long version, TaskDraft draft) {
    }

    /**
     * The body as the API document shows it. The parser reads the JSON itself rather than this record, so that it
     * can tell a field sent as null (cleared) from one left out (kept).
     */
    @Schema(name = "TaskPatch", requiredProperties = "version", description = "The fields to change, and the "
            + "version read: a field left out is kept, null clears an optional one; the column changes with move")
    public record Body(String title, BigDecimal estimate, BigDecimal remaining, String assignee, String description,
            long version) {
    }

    private TaskPatch() {
    }

    /**
     * Lays the JSON object over {@code base}; type errors and the draft's own rules are collected in
     * {@code checks}, field by field, so that a script learns everything wrong with its call at once.
     */
    public static Parsed parse(JsonNode body, TaskDraft base, Checks checks) {
        if (body == null || !body.isObject()) {
            throw new InvalidInput("body", "Send a JSON object with the fields to change and the version you read");
        }
        long version = -1;
        JsonNode versionNode = body.get("version");
        if (versionNode == null || !versionNode.isIntegralNumber()) {
            checks.add("version", Checks.VERSION_REQUIRED);
        } else {
            version = versionNode.asLong();
        }
        // A title that is not text counts as no title: the draft's rules say what to send.
        String title = !body.has("title") ? base.title()
                : body.get("title").isTextual() ? body.get("title").asText() : null;
        BigDecimal estimate = body.has("estimate") ? number(body.get("estimate"), "estimate", checks)
                : base.estimate();
        BigDecimal remaining = body.has("remaining") ? number(body.get("remaining"), "remaining", checks)
                : base.remaining();
        String assignee = !body.has("assignee") ? base.assignee()
                : body.get("assignee").isNull() ? null : body.get("assignee").asText();
        String description = !body.has("description") ? base.description()
                : body.get("description").isTextual() ? body.get("description").asText() : null;
        TaskDraft draft = new TaskDraft(title, estimate, remaining, assignee, description);
        Drafts.check(draft, checks);
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                checks.add(name, name.equals("column") ? "Move a task with POST /tasks/{id}/move" : "Unknown field");
            }
        }
        return new Parsed(version, draft);
    }

    private static BigDecimal number(JsonNode node, String field, Checks checks) {
        if (node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            checks.add(field, "Expected a number");
            return null;
        }
        return node.decimalValue();
    }
}
