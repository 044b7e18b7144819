package org.onebacklog.jira;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it, as Jira exports it: fields quoted when they hold commas, quotes or line breaks,
 * quotes inside doubled, CRLF or LF line ends, a UTF-8 byte order mark before the header. Plain Java. A file it
 * cannot read fails with {@link MalformedCsv} naming the line to look at.
 */
public final class CsvReader {

    private static final char BOM = '\uFEFF';

    private CsvReader() {
    }

    /**
     * The file's text. Jira writes UTF-8; a file saved in another encoding (a spreadsheet's "CSV" in Windows-1252)
     * fails on the first line that is not UTF-8, rather than come in with garbled letters.
     */
    public static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int bad = text.indexOf('\uFFFD');
        if (bad >= 0) {
            int line = 1 + (int) text.substring(0, bad).chars().filter(c -> c == '\n').count();
            throw new MalformedCsv(line, "this line is not UTF-8 text; save the file as CSV UTF-8");
        }
        return text;
    }

    /** Every record of the text, blank lines left out; line breaks inside quoted fields come back as "\n". */
    public static List<CsvRecord> read(String text) {
        String csv = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean closed = false; // the current field was quoted and its closing quote has been read
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        closed = true;
                    }
                } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    // CRLF inside a field is one line break; the description keeps "\n" only.
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                closed = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                addUnlessBlank(records, recordLine, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                closed = false;
                line++;
                recordLine = line;
            } else if (closed) {
                throw new MalformedCsv(line, "after a quoted field comes a comma or the end of the line, not '" + c
                        + "' (a quote inside a quoted field is written twice: \"\")");
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                quoteLine = line;
            } else {
                // A stray quote inside an unquoted field is kept as it is, as spreadsheets do.
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new MalformedCsv(quoteLine, "the quoted field that starts on this line is never closed (a \" is"
                    + " missing)");
        }
        if (closed || !field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            addUnlessBlank(records, recordLine, fields);
        }
        return records;
    }

    private static void addUnlessBlank(List<CsvRecord> records, int line, List<String> fields) {
        if (fields.size() == 1 && fields.get(0).isEmpty()) {
            return;
        }
        records.add(new CsvRecord(line, List.copyOf(fields)));
    }
}
