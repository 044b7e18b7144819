package org.onebacklog.jira;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The Jira exports under src/test/resources/jira, written after Jira's "Export issues → CSV (all fields)". */
final class JiraFiles {

    private JiraFiles() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = JiraFiles.class.getResourceAsStream("/jira/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test file jira/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return CsvReader.text(bytes(name));
    }
}
