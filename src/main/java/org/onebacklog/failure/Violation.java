package org.onebacklog.failure;

/** One thing wrong with a piece of input: the field it concerns and what a person should fix. */
public record Violation(String field, String message) {
}
