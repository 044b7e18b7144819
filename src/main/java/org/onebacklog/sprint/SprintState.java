package org.onebacklog.sprint;

/** A sprint's life: planned, then active (at most one per product), then closed. */
public enum SprintState {
    PLANNED, ACTIVE, CLOSED
}
