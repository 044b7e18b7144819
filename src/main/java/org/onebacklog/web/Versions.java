package org.onebacklog.web;

import org.onebacklog.failure.InvalidInput;

/** A version sent as text (a query parameter or a form field) where a JSON body cannot carry it. */
public final class Versions {

    private Versions() {
    }

    /** The version given, or null when none was; a version that is not a whole number is a violation on it. */
    public static Long optional(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("version", "Send the version as a whole number, as the resource gives it");
        }
    }
}
