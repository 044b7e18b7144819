package org.onebacklog.failure;

/**
 * The write cannot apply to the current state: a stale version, or a state rule. {@code current} carries the fresh
 * state so the writer can look again instead of overwriting someone else's work.
 */
public class Conflict extends RuntimeException {

    private final transient Object current;

    public Conflict(String message, Object current) {
        super(message);
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
