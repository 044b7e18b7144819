package org.onebacklog.backlog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a person narrows the backlog to: a kind, a label, and words to look for. Empty means everything. */
public record BacklogFilter(ItemKind kind, String label, String text) {

    public static final BacklogFilter ALL = new BacklogFilter(null, null, null);

    public BacklogFilter {
        label = label == null || label.isBlank() ? null : label.strip().toLowerCase(Locale.ROOT);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** The kind's name, or "" for all kinds (what the filter form shows). */
    public String kindName() {
        return kind == null ? "" : kind.name();
    }

    public boolean isEmpty() {
        return kind == null && label == null && text == null;
    }

    /** The filter as query parameters, each led by '&amp;' (for the link that loads the next rows). */
    public String query() {
        StringBuilder query = new StringBuilder();
        if (kind != null) {
            query.append("&kind=").append(kind.name());
        }
        if (label != null) {
            query.append("&label=").append(URLEncoder.encode(label, StandardCharsets.UTF_8));
        }
        if (text != null) {
            query.append("&q=").append(URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        return query.toString();
    }
}
