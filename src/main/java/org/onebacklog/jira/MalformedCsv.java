package org.onebacklog.jira;

import org.onebacklog.failure.InvalidInput;

/** A CSV file that cannot be read, with the line a person should look at (a 400 that names it). */
public class MalformedCsv extends InvalidInput {

    private final int line;

    public MalformedCsv(int line, String message) {
        super("csv", "Line " + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
