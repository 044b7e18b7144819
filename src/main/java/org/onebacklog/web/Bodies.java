package org.onebacklog.web;

import org.onebacklog.failure.InvalidInput;

/** Request bodies the API cannot do without. */
public final class Bodies {

    private Bodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInput("body", "Send a JSON object in the request body");
        }
        return body;
    }
}
