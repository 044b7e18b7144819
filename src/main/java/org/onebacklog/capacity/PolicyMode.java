package org.onebacklog.capacity;

/**
 * How strictly a product's capacity policy guards the functional limit of a sprint (its capacity less the share
 * reserved for technical work).
 */
public enum PolicyMode {

    /** Capacity figures are shown, nothing is checked. */
    OFF("Off", "Capacity is shown but never checked; every commitment is accepted"),

    /** Going beyond the functional limit is allowed, but planning says so. */
    WARN("Warn", "Commitments beyond the functional limit are accepted with a visible warning"),

    /** Going beyond the functional limit needs a person who owns the trade-off to say why. */
    ENFORCE("Enforce", "Commitments beyond the functional limit are refused unless a Product Owner or Scrum Master"
            + " overrides them with a reason");

    private final String label;
    private final String description;

    PolicyMode(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The name shown in the UI, e.g. "Enforce". */
    public String label() {
        return label;
    }

    /** One line for the UI saying what the mode does to a commitment. */
    public String describe() {
        return description;
    }
}
