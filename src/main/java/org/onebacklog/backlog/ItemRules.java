package org.onebacklog.backlog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Drafts;
import org.onebacklog.failure.Text;

/**
 * The rules an item's content must keep: the constraints on {@link ItemDraft}, and labels, which are normalised as
 * they are checked. Plain Java: pages and the API share them through the service.
 */
public final class ItemRules {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 20_000;
    public static final int VALUE_STATEMENT_MAX = 2_000;
    public static final int LABELS_MAX = 10;
    public static final String ESTIMATE_MAX = "999999.99";

    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]{0,39}");

    private ItemRules() {
    }

    /**
     * Checks a draft against its constraints and returns it cleaned (trimmed strings, normalised labels). Fields
     * that already failed to parse are skipped so that each field gets one message.
     */
    public static ItemDraft check(ItemDraft draft, Checks checks) {
        ItemDraft clean = new ItemDraft(draft.kind(), draft.title() == null ? "" : Text.strip(draft.title()),
                blankToNull(draft.description()), draft.estimate(), blankToNull(draft.valueStatement()),
                draft.labels(), draft.status() == null ? ItemStatus.TODO : draft.status());
        Drafts.check(clean, checks);
        List<String> labels = labels(draft.labels(), checks);
        return new ItemDraft(clean.kind(), clean.title(), clean.description(), Estimates.plain(clean.estimate()),
                clean.valueStatement(), labels, clean.status());
    }

    /**
     * As {@link #check}, except that a technical item may come without its value statement: an imported item has
     * none, and waits unranked for the Product Owner to write it ({@link #awaitsValue}).
     */
    public static ItemDraft checkImported(ItemDraft draft, Checks checks) {
        if (!awaitsValue(draft)) {
            return check(draft, checks);
        }
        // Every other rule is the same for every kind: check it as a story, keep it technical.
        ItemDraft clean = check(new ItemDraft(ItemKind.STORY, draft.title(), draft.description(), draft.estimate(),
                null, draft.labels(), draft.status()), checks);
        return new ItemDraft(ItemKind.TECHNICAL, clean.title(), clean.description(), clean.estimate(), null,
                clean.labels(), clean.status());
    }

    /** A technical item without a value statement: the Product Owner cannot weigh it, so it cannot be ranked yet. */
    public static boolean awaitsValue(ItemDraft draft) {
        return draft.kind() == ItemKind.TECHNICAL
                && (draft.valueStatement() == null || draft.valueStatement().isBlank());
    }

    /** The label as stored (trimmed, lower case), or null when it breaks the label rule. */
    public static String label(String raw) {
        String label = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return LABEL.matcher(label).matches() ? label : null;
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
            String label = label(raw);
            if (label == null) {
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
        return Text.blankToNull(text);
    }
}
