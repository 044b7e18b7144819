package org.onebacklog.failure;

import java.util.ArrayList;
import java.util.List;

/** Collects violations while a service checks input, so that every problem is reported at once. */
public final class Checks {

    /** Said when a write of a versioned resource comes without the version it was made against. */
    public static final String VERSION_REQUIRED = "version is required: send the version you read, so that no one"
            + " else's change is overwritten";

    private final List<Violation> violations = new ArrayList<>();

    /** The version a write of a versioned resource must carry; missing, it is a violation on {@code version}. */
    public <N extends Number> N version(N version) {
        if (version == null) {
            add("version", VERSION_REQUIRED);
        }
        return version;
    }

    /** As {@link #version}, refused at once: for a body whose other fields the service checks. */
    public static <N extends Number> N requiredVersion(N version) {
        Checks checks = new Checks();
        checks.version(version);
        checks.throwIfAny();
        return version;
    }

    public Checks add(String field, String message) {
        violations.add(new Violation(field, message));
        return this;
    }

    public boolean has(String field) {
        return violations.stream().anyMatch(v -> v.field().equals(field));
    }

    /**
     * A written reason (for a waiver, an override): required, at most 500 characters. Returns it trimmed. Reasons
     * are kept and shown in the review, so an empty one is never accepted.
     */
    public String reason(String text, String field, String whenMissing) {
        String clean = text == null ? "" : Text.strip(text);
        if (clean.isEmpty()) {
            add(field, whenMissing);
        } else if (clean.length() > 500) {
            add(field, "Keep the reason to 500 characters");
        } else if (!Text.isPlain(clean)) {
            add(field, "The reason contains control characters");
        }
        return clean;
    }

    /**
     * A required name: one line of at most {@code max} characters, without control characters. Returns it trimmed
     * (empty when missing); {@code whenMissing} and {@code rule} are the messages for the two ways to break it.
     */
    public String name(String text, String field, int max, String whenMissing, String rule) {
        String clean = text == null ? "" : Text.strip(text);
        if (clean.isEmpty()) {
            add(field, whenMissing);
        } else if (clean.length() > max || !Text.isOneLine(clean)) {
            add(field, rule);
        }
        return clean;
    }

    /** Throws {@link InvalidInput} if any rule was broken. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }
}
