package org.onebacklog.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;

/**
 * Plain rewriting between a product's ids and the document's references: item keys to numbers (SHOP-7 is 7) and
 * back under another key, criterion ids inside a stored DoD version to refs and back.
 */
final class TransferIds {

    private TransferIds() {
    }

    /** The number of an item key of this product ({@code prefix} is "SHOP-"), or null for no key or a foreign one. */
    static Integer itemNumber(String itemKey, String prefix) {
        if (itemKey == null || !itemKey.startsWith(prefix)) {
            return null;
        }
        try {
            return Integer.valueOf(itemKey.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A copy of a DoD snapshot (an array of criteria) with each {@code id} replaced through {@code rewrite}; an id it
     * does not know is left as it is.
     */
    static JsonNode rewriteCriterionIds(JsonNode snapshot, Function<Long, ? extends Number> rewrite) {
        if (snapshot == null || !snapshot.isArray()) {
            return snapshot;
        }
        JsonNode copy = snapshot.deepCopy();
        for (JsonNode criterion : copy) {
            if (criterion instanceof ObjectNode object && object.hasNonNull("id")) {
                Number rewritten = rewrite.apply(object.get("id").asLong());
                if (rewritten != null) {
                    object.put("id", rewritten.longValue());
                }
            }
        }
        return copy;
    }
}
