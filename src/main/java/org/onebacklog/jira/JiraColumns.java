package org.onebacklog.jira;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the fields an import reads are in a Jira "all fields" export. Jira repeats a column for each value of a
 * multi-valued field (Labels, Sprint), and names custom fields {@code Custom field (Name)}; story points live in
 * one whose name depends on the project (company- or team-managed).
 */
record JiraColumns(int summary, int issueType, int key, int description, List<Integer> labels, int storyPoints,
        int rank) {

    private static final List<String> STORY_POINTS = List.of("custom field (story point estimate)",
            "custom field (story points)", "story point estimate", "story points");
    private static final List<String> RANK = List.of("rank", "custom field (rank)");

    static JiraColumns of(CsvRecord header) {
        List<String> names = header.fields().stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        int summary = names.indexOf("summary");
        if (summary < 0) {
            throw new MalformedCsv(header.line(), "there is no Summary column; export from Jira with \"Export"
                    + " issues → CSV (all fields)\"");
        }
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equals("labels")) {
                labels.add(i);
            }
        }
        return new JiraColumns(summary, names.indexOf("issue type"), names.indexOf("issue key"),
                names.indexOf("description"), List.copyOf(labels), first(names, STORY_POINTS), first(names, RANK));
    }

    private static int first(List<String> names, List<String> candidates) {
        return candidates.stream().mapToInt(names::indexOf).filter(i -> i >= 0).findFirst().orElse(-1);
    }
}
