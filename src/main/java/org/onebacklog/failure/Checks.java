package org.onebacklog.failure;

import java.util.ArrayList;
import java.util.List;

/** Collects violations while a service checks input, so that every problem is reported at once. */
public final class Checks {

    private final List<Violation> violations = new ArrayList<>();

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
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            add(field, whenMissing);
        } else if (clean.length() > 500) {
            add(field, "Keep the reason to 500 characters");
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
