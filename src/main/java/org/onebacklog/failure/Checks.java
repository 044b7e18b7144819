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

    /** Throws {@link InvalidInput} if any rule was broken. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }
}
