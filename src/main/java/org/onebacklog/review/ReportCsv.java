package org.onebacklog.review;

import java.util.List;
import org.onebacklog.backlog.Estimates;

/**
 * The review's item table as CSV (RFC 4180): one row per item that was in the sprint at some point. Cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe.
 */
final class ReportCsv {

    static final List<String> HEADER = List.of("item", "kind", "title", "estimate", "committed at start",
            "added during sprint", "removed during sprint", "outcome");

    private ReportCsv() {
    }

    static String of(SprintReport report) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (SprintReport.ItemRow row : report.rows()) {
            line(csv, List.of(row.line().itemKey(), row.line().kind() == null ? "" : row.line().kind().name(),
                    report.title(row.line().itemKey()), Estimates.format(row.line().estimate()),
                    yesNo(row.committed()), yesNo(row.added()), yesNo(row.removed()), row.outcome()));
        }
        return csv.toString();
    }

    /** The CSV as a download, named after the product and sprint. */
    static jakarta.ws.rs.core.Response download(SprintReport report) {
        return jakarta.ws.rs.core.Response.ok(of(report), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName(report) + "\"").build();
    }

    static String fileName(SprintReport report) {
        return (report.productKey() + "-" + report.name()).replaceAll("[^A-Za-z0-9._-]+", "-") + "-review.csv";
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
