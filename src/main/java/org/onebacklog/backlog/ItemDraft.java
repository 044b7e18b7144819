package org.onebacklog.backlog;

import java.math.BigDecimal;
import java.util.List;

/** The editable content of a backlog item, as a person or script sends it; checked by {@link ItemRules}. */
public record ItemDraft(ItemKind kind, String title, String description, BigDecimal estimate, String valueStatement,
        List<String> labels, ItemStatus status) {

    /** The item's current content, the base onto which a partial change is laid. */
    public static ItemDraft of(BacklogItem item) {
        return new ItemDraft(item.kind, item.title, item.description, item.estimate, item.valueStatement,
                List.copyOf(item.labels), item.status);
    }
}
