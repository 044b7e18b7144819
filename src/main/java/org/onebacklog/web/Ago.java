package org.onebacklog.web;

import java.time.Duration;
import java.time.Instant;

/** "a minute ago", "3 hours ago": when something happened, as people say it. */
public final class Ago {

    private Ago() {
    }

    public static String since(Instant then, Instant now) {
        if (then == null) {
            return "meanwhile";
        }
        long seconds = Math.max(0, Duration.between(then, now).getSeconds());
        if (seconds < 45) {
            return "just now";
        }
        if (seconds < 90) {
            return "a minute ago";
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 45) {
            return minutes + " minutes ago";
        }
        if (minutes < 90) {
            return "an hour ago";
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 22) {
            return hours + " hours ago";
        }
        if (hours < 36) {
            return "yesterday";
        }
        return Math.round(hours / 24.0) + " days ago";
    }

    /** Who did it, as the person reading sees it: "You" for themselves, "Someone" when nobody is recorded. */
    public static String who(String username, String reader) {
        if (username == null) {
            return "Someone";
        }
        return username.equals(reader) ? "You (in another window)" : username;
    }
}
