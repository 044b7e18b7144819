package org.onebacklog.jira;

import java.util.List;

/** One record of a CSV file and the line it starts on (counting from 1, the header included), for messages. */
public record CsvRecord(int line, List<String> fields) {

    /** The field at {@code index}, or "" when the record is shorter. */
    public String field(int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }
}
