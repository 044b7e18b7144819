package org.onebacklog.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.onebacklog.backlog.Estimates;

/** Small formatting helpers for templates. */
@TemplateExtension
public class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneOffset.UTC);

    static String plain(BigDecimal estimate) {
        return Estimates.format(estimate);
    }

    /** 0.2 as "20": a share as people say it. */
    static String percent(BigDecimal share) {
        return share == null ? "" : Estimates.format(share.movePointRight(2));
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH);

    /** A sprint's day, as "Mon 2 Nov 2026". */
    static String day(java.time.LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant) + " UTC";
    }

    /** Markdown rendered to HTML with everything unsafe removed; see {@link Markdown}. */
    static RawString markdown(String text) {
        return new RawString(Markdown.toSafeHtml(text));
    }
}
