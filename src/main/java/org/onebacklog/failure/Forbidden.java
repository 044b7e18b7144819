package org.onebacklog.failure;

/** The caller is known but their role does not allow this. */
public class Forbidden extends RuntimeException {
    public Forbidden(String message) {
        super(message);
    }
}
