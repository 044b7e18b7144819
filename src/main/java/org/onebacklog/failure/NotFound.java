package org.onebacklog.failure;

/** The thing asked for does not exist, or the asker may not know that it does. */
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
