package org.onebacklog.backlog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.onebacklog.failure.Checks;

/** The rules an item's content must keep. Plain Java: pages and the API share them through the service. */
public final class ItemRules {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 20_000;
    public static final int VALUE_STATEMENT_MAX = 2_000;
    public static final int LABELS_MAX = 10;
    public static final BigDecimal ESTIMATE_MAX = new BigDecimal("999999.99");

    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]{0,39}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r\\t]");

    private ItemRules() {
    }

    /**
     * Checks a draft and returns it cleaned (trimmed strings, normalised labels). Fields that already failed to
     * parse are skipped so that each field gets one message.
     */
    public static ItemDraft check(ItemDraft draft, Checks checks) {
        if (draft.kind() == null && !checks.has("kind")) {
            checks.add("kind", "Choose STORY, BUG or TECHNICAL");
        }
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            checks.add("title", "Give the item a title");
        } else if (title.length() > TITLE_MAX) {
            checks.add("title", "Keep the title to " + TITLE_MAX + " characters (it has " + title.length() + ")");
        } else if (CONTROL.matcher(title).find() || LINE_BREAK.matcher(title).find()) {
            checks.add("title", "The title must be one line of text without control characters");
        }
        String description = blankToNull(draft.description());
        if (description != null && description.length() > DESCRIPTION_MAX) {
            checks.add("description", "Keep the description to " + DESCRIPTION_MAX + " characters");
        } else if (description != null && CONTROL.matcher(description).find()) {
            checks.add("description", "The description contains control characters");
        }
        BigDecimal estimate = draft.estimate();
        if (estimate != null && !checks.has("estimate")) {
            if (estimate.signum() < 0) {
                checks.add("estimate", "The estimate cannot be negative");
            } else if (estimate.compareTo(ESTIMATE_MAX) > 0) {
                checks.add("estimate", "The estimate cannot be above " + ESTIMATE_MAX.toPlainString());
            } else if (estimate.stripTrailingZeros().scale() > 2) {
                checks.add("estimate", "Use at most two decimals");
            }
        }
        String valueStatement = blankToNull(draft.valueStatement());
        if (draft.kind() == ItemKind.TECHNICAL && valueStatement == null) {
            checks.add("valueStatement",
                    "A technical item needs a value statement: who benefits, and what it costs to leave it undone");
        } else if (valueStatement != null && valueStatement.length() > VALUE_STATEMENT_MAX) {
            checks.add("valueStatement", "Keep the value statement to " + VALUE_STATEMENT_MAX + " characters");
        } else if (valueStatement != null && CONTROL.matcher(valueStatement).find()) {
            checks.add("valueStatement", "The value statement contains control characters");
        }
        List<String> labels = labels(draft.labels(), checks);
        ItemStatus status = draft.status() == null ? ItemStatus.TODO : draft.status();
        return new ItemDraft(draft.kind(), title, description, Estimates.plain(estimate),
                valueStatement, labels, status);
    }

    /** Splits free text ("ui, checkout") into labels, for forms. */
    public static List<String> splitLabels(String text) {
        List<String> labels = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    labels.add(part);
                }
            }
        }
        return labels;
    }

    private static List<String> labels(List<String> given, Checks checks) {
        if (given == null) {
            return List.of();
        }
        Set<String> labels = new LinkedHashSet<>();
        for (String raw : given) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String label = raw.strip().toLowerCase(Locale.ROOT);
            if (!LABEL.matcher(label).matches()) {
                checks.add("labels", "\"" + shorten(raw) + "\" is not a label: use up to 40 letters, digits, "
                        + "dots, dashes or underscores");
                return List.of();
            }
            labels.add(label);
        }
        if (labels.size() > LABELS_MAX) {
            checks.add("labels", "Use at most " + LABELS_MAX + " labels");
        }
        return List.copyOf(labels);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
