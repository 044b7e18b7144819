package org.onebacklog.jira;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.onebacklog.backlog.ItemDraft;
import org.onebacklog.backlog.ItemKind;
import org.onebacklog.backlog.ItemRules;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.InvalidInput;

/**
 * Turns the rows of a Jira "all fields" CSV export into backlog items: Story and Bug keep their kind, other types
 * (Task, Epic, …) and sub-tasks become what the caller chose; Summary is the title, Description (wiki markup) the
 * description in Markdown, every Labels column a label, the story points the estimate. The backlog follows Jira's
 * Rank when the file has it, else the file's order. What cannot come in as it is becomes a warning naming its line,
 * never a failure: only a file that cannot be read at all fails. Plain Java.
 */
public final class JiraIssues {

    private static final Comparator<ImportedItem> BY_RANK = Comparator.comparing(
            (ImportedItem item) -> item.jiraRank() == null ? 1 : 0).thenComparing(
            item -> item.jiraRank() == null ? "" : item.jiraRank());

    private JiraIssues() {
    }

    /**
     * Reads the export. {@code others} says what Tasks, Epics and other types become, {@code subTasks} what
     * sub-tasks become ({@link TypeChoice#SKIP} leaves them out, with a warning each).
     */
    public static ImportPlan plan(String csv, TypeChoice others, TypeChoice subTasks) {
        List<CsvRecord> records = CsvReader.read(csv);
        if (records.isEmpty()) {
            throw new MalformedCsv(1, "the file is empty; export from Jira with \"Export issues → CSV (all fields)\"");
        }
        JiraColumns columns = JiraColumns.of(records.get(0));
        List<ImportWarning> warnings = new ArrayList<>();
        List<ImportedItem> items = new ArrayList<>();
        for (CsvRecord row : records.subList(1, records.size())) {
            Row issue = new Row(row, columns, warnings);
            ImportedItem item = issue.item(others, subTasks);
            if (item != null) {
                items.add(item);
            }
        }
        if (columns.rank() >= 0) {
            items.sort(BY_RANK); // stable: issues without a rank keep the file's order, after the ranked ones
        }
        return new ImportPlan(List.copyOf(items), List.copyOf(warnings));
    }

    /** One issue of the file, read field by field; what it cannot take is a warning on its line. */
    private record Row(CsvRecord record, JiraColumns columns, List<ImportWarning> warnings) {

        ImportedItem item(TypeChoice others, TypeChoice subTasks) {
            String type = record.field(columns.issueType()).strip();
            ItemKind kind = kind(type, others, subTasks);
            if (kind == null) {
                return null;
            }
            String title = title();
            if (title == null) {
                return null;
            }
            ItemDraft draft = new ItemDraft(kind, title, description(), estimate(), null, labels(), null);
            try {
                Checks checks = new Checks();
                ItemDraft clean = ItemRules.checkImported(draft, checks);
                checks.throwIfAny();
                String rank = record.field(columns.rank()).strip();
                return new ImportedItem(record.line(), key(), rank.isEmpty() ? null : rank, clean);
            } catch (InvalidInput broken) {
                warn("skipped: " + broken.violations().stream().map(v -> v.message())
                        .collect(Collectors.joining("; ")));
                return null;
            }
        }

        private ItemKind kind(String type, TypeChoice others, TypeChoice subTasks) {
            String name = type.toLowerCase(Locale.ROOT).replace(" ", "");
            if (name.equals("story") || name.equals("userstory")) {
                return ItemKind.STORY;
            }
            if (name.equals("bug")) {
                return ItemKind.BUG;
            }
            boolean subTask = name.equals("sub-task") || name.equals("subtask");
            TypeChoice choice = subTask ? subTasks : others;
            if (choice == TypeChoice.SKIP) {
                warn("skipped: " + (type.isEmpty() ? "it has no Issue Type" : "it is " + article(type) + " " + type)
                        + (subTask ? " (its work belongs to its parent); to bring sub-tasks in, say what they become"
                        + " (subTasks)" : "; to bring these in, say what other types become (otherTypes)"));
            }
            return choice.kind();
        }

        private static String article(String type) {
            return "aeiouAEIOU".indexOf(type.charAt(0)) >= 0 ? "an" : "a";
        }

        private String title() {
            String title = record.field(columns.summary()).strip().replaceAll("\\s+", " ");
            if (title.isEmpty()) {
                warn("skipped: it has no Summary");
                return null;
            }
            if (title.length() > ItemRules.TITLE_MAX) {
                warn("the Summary is cut to " + ItemRules.TITLE_MAX + " characters (it has " + title.length() + ")");
                return title.substring(0, ItemRules.TITLE_MAX - 1).strip() + "…";
            }
            return title;
        }

        private String description() {
            String markdown = WikiMarkup.toMarkdown(record.field(columns.description()));
            if (markdown != null && markdown.length() > ItemRules.DESCRIPTION_MAX) {
                warn("the Description is cut to " + ItemRules.DESCRIPTION_MAX + " characters (it has "
                        + markdown.length() + ")");
                return markdown.substring(0, ItemRules.DESCRIPTION_MAX);
            }
            return markdown;
        }

        private BigDecimal estimate() {
            String points = record.field(columns.storyPoints()).strip();
            if (points.isEmpty()) {
                return null;
            }
            BigDecimal estimate;
            try {
                estimate = new BigDecimal(points.contains(".") ? points : points.replace(',', '.'));
            } catch (NumberFormatException e) {
                warn("the story points \"" + points + "\" are not a number: imported without an estimate");
                return null;
            }
            if (estimate.signum() < 0 || estimate.compareTo(new BigDecimal(ItemRules.ESTIMATE_MAX)) > 0
                    || estimate.stripTrailingZeros().scale() > 2) {
                warn("the story points " + points + " are not an estimate here (0 to " + ItemRules.ESTIMATE_MAX
                        + ", two decimals at most): imported without an estimate");
                return null;
            }
            return estimate;
        }

        private List<String> labels() {
            Set<String> labels = new LinkedHashSet<>();
            for (int column : columns.labels()) {
                for (String raw : record.field(column).strip().split("\\s+")) {
                    if (raw.isEmpty()) {
                        continue;
                    }
                    String label = ItemRules.label(raw);
                    if (label == null) {
                        warn("the label \"" + raw + "\" is left out: labels are up to 40 letters, digits, dots,"
                                + " dashes or underscores");
                    } else {
                        labels.add(label);
                    }
                }
            }
            if (labels.size() > ItemRules.LABELS_MAX) {
                warn("only the first " + ItemRules.LABELS_MAX + " of its " + labels.size() + " labels are kept");
                return labels.stream().limit(ItemRules.LABELS_MAX).toList();
            }
            return List.copyOf(labels);
        }

        private String key() {
            String key = record.field(columns.key()).strip();
            return key.isEmpty() ? null : key;
        }

        private void warn(String message) {
            String key = key();
            warnings.add(new ImportWarning(record.line(), (key == null ? "" : key + ": ") + message));
        }
    }
}
