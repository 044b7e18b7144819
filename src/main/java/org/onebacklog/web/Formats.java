package org.onebacklog.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Small formatting helpers for templates. */
@TemplateExtension
public class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH);

    /** A sprint's day, as "Mon 2 Nov 2026". */
    static String day(java.time.LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The date alone, as "1 Dec 2026" (UTC), where the time of day says nothing (when an account was made). */
    static String date(Instant instant) {
        return instant == null ? "" : SHORT_DATE.format(instant);
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant) + " UTC";
    }

    /** Markdown rendered to HTML with everything unsafe removed; see {@link Markdown}. */
    static RawString markdown(String text) {
        return new RawString(Markdown.toSafeHtml(text));
    }
}
