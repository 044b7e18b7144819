package org.onebacklog.jira;

/** Something of the file that was left out or changed on the way in, and the line of the file it comes from. */
public record ImportWarning(int line, String message) {
}
