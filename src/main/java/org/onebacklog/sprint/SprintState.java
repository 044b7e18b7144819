package org.onebacklog.sprint;

/** A sprint's life: planned, then active (at most one per product), then closed. */
public enum SprintState {
    PLANNED, ACTIVE, CLOSED;

    public boolean isPlanned() {
        return this == PLANNED;
    }

    public boolean isActive() {
        return this == ACTIVE;
    }

    /** As pages say it, next to the sprint's name: "active". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String cssClass() {
        return label();
    }
}
