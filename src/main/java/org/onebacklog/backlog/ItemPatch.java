package org.onebacklog.backlog;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onebacklog.failure.Checks;

/**
 * A partial change to an item from the API: the fields present replace the item's, {@code null} clears an
 * optional field, and {@code version} names the state the change was made against.
 */
public final class ItemPatch {

    private static final Set<String> FIELDS = Set.of("kind", "title", "description", "estimate", "valueStatement",
            "labels", "status", "version");

    public record Parsed(long version, ItemDraft draft) {
    }

    /**
     * The body as the API document shows it. The parser reads the JSON itself rather than this record, so that it
     * can tell a field sent as null (cleared) from one left out (kept).
     */
    @Schema(name = "ItemPatch", requiredProperties = "version", description = "The fields to change, and the "
            + "version read: a field left out is kept, null clears an optional one")
    public record Body(ItemKind kind, String title, String description, BigDecimal estimate, String valueStatement,
            List<String> labels, ItemStatus status, long version) {
    }

    private ItemPatch() {
    }

    /** Lays the JSON object over {@code base}; type errors are collected in {@code checks}, field by field. */
    public static Parsed parse(JsonNode body, ItemDraft base, Checks checks) {
        if (body == null || !body.isObject()) {
            checks.add("body", "Send a JSON object with the fields to change and the version you read");
            checks.throwIfAny();
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                checks.add(name, "Unknown field");
            }
        }
        long version = -1;
        JsonNode versionNode = body.get("version");
        if (versionNode == null || versionNode.isNull()) {
            checks.version(null);
        } else if (!versionNode.canConvertToLong() || !versionNode.isIntegralNumber()) {
            checks.add("version", "Expected a whole number");
        } else {
            version = versionNode.asLong();
        }
        ItemKind kind = body.has("kind") ? enumValue(body.get("kind"), ItemKind.class, "kind", checks) : base.kind();
        ItemStatus status = body.has("status")
                ? enumValue(body.get("status"), ItemStatus.class, "status", checks) : base.status();
        String title = body.has("title") ? text(body.get("title"), "title", checks) : base.title();
        String description = body.has("description")
                ? text(body.get("description"), "description", checks) : base.description();
        String valueStatement = body.has("valueStatement")
                ? text(body.get("valueStatement"), "valueStatement", checks) : base.valueStatement();
        BigDecimal estimate = body.has("estimate") ? number(body.get("estimate"), checks) : base.estimate();
        List<String> labels = body.has("labels") ? labels(body.get("labels"), checks) : base.labels();
        return new Parsed(version, new ItemDraft(kind, title, description, estimate, valueStatement, labels,
                status));
    }

    private static <E extends Enum<E>> E enumValue(JsonNode node, Class<E> type, String field, Checks checks) {
        if (node == null || node.isNull()) {
            checks.add(field, "Cannot be empty");
            return null;
        }
        try {
            return Enum.valueOf(type, node.asText());
        } catch (IllegalArgumentException e) {
            StringBuilder values = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                values.append(values.isEmpty() ? "" : ", ").append(constant.name());
            }
            checks.add(field, "Unknown value; use one of " + values);
            return null;
        }
    }

    private static String text(JsonNode node, String field, Checks checks) {
        if (node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            checks.add(field, "Expected a string");
            return null;
        }
        return node.asText();
    }

    private static BigDecimal number(JsonNode node, Checks checks) {
        if (node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            checks.add("estimate", "Expected a number");
            return null;
        }
        return node.decimalValue();
    }

    private static List<String> labels(JsonNode node, Checks checks) {
        if (node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            checks.add("labels", "Expected a list of strings");
            return List.of();
        }
        List<String> labels = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                checks.add("labels", "Expected a list of strings");
                return List.of();
            }
            labels.add(element.asText());
        }
        return labels;
    }
}
