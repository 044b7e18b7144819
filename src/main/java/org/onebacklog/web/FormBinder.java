package org.onebacklog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.onebacklog.failure.Checks;

/**
 * Reads the typed values of a submitted page form for a draft: numbers with a decimal point or comma ("2,5"), whole
 * numbers, dates (YYYY-MM-DD, as date inputs send them), choices among an enum's names and the version the form was
 * shown at. A field that cannot be read becomes null and gets the given message, so the page can report every
 * such field at once, next to the field, together with the draft's own rules.
 */
public final class FormBinder {

    private final Form form;
    private final Checks errors = new Checks();

    private FormBinder(Form form) {
        this.form = form;
    }

    public static FormBinder of(Form form) {
        return new FormBinder(form);
    }

    /** The text as typed; empty when the field was not sent. */
    public String text(String field) {
        return form.value(field);
    }

    /** A decimal such as 3, 0.5 or 2,5; null when left empty. */
    public BigDecimal decimal(String field, String unreadable) {
        return decimal(field, field, unreadable);
    }

    /** As {@link #decimal(String, String)}, reported under the draft's {@code field} the {@code input} is for. */
    public BigDecimal decimal(String input, String field, String unreadable) {
        return read(input, field, unreadable, Numbers::decimal);
    }

    /**
     * A percentage typed as 20 or 12,5, read as the share 0.2 or 0.125; required. It is reported under the draft's
     * {@code field}, which holds the share rather than the percentage typed into {@code input}.
     */
    public BigDecimal percent(String input, String field, String unreadable) {
        if (form.value(input).isBlank()) {
            errors.add(field, unreadable);
            return null;
        }
        BigDecimal percent = decimal(input, field, unreadable);
        return percent == null ? null : percent.movePointLeft(2);
    }

    /** A whole number such as a place in a column or a limit; null when left empty. */
    public Integer whole(String field, String unreadable) {
        return read(field, field, unreadable, Numbers::whole);
    }

    /** An id such as a card's or a sprint's; null when left empty. */
    public Long id(String field, String unreadable) {
        return read(field, field, unreadable, text -> Long.valueOf(text.trim()));
    }

    /** A day as YYYY-MM-DD; null when left empty. */
    public LocalDate date(String field, String unreadable) {
        return read(field, field, unreadable, text -> LocalDate.parse(text.trim()));
    }

    /** One of the enum's names, required: an empty field is as unreadable as an unknown name. */
    public <E extends Enum<E>> E choice(String field, Class<E> type, String unreadable) {
        try {
            return Enum.valueOf(type, form.value(field));
        } catch (IllegalArgumentException e) {
            errors.add(field, unreadable);
            return null;
        }
    }

    /**
     * The version of the thing the form was shown with, which every change sends back so that no one's change is
     * overwritten unseen; the form always has it, so a missing one means the page is broken ({@code lost}).
     */
    public long version(String lost) {
        try {
            return Long.parseLong(form.value("version"));
        } catch (NumberFormatException e) {
            errors.add("version", lost);
            return -1;
        }
    }

    /** The fields that could not be read, to be reported with the draft's rules or on their own. */
    public Checks errors() {
        return errors;
    }

    /** Throws {@link org.onebacklog.failure.InvalidInput} if any field could not be read. */
    public void throwIfAny() {
        errors.throwIfAny();
    }

    /** The value typed into {@code input}, or null when it is empty or cannot be read (noted under {@code field}). */
    private <T> T read(String input, String field, String unreadable, Function<String, T> parse) {
        String text = form.value(input);
        if (text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (NumberFormatException | DateTimeParseException e) {
            errors.add(field, unreadable);
            return null;
        }
    }
}
