package org.onebacklog.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.Map;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.failure.Violation;

/** A submitted page form: the values to show again and the message next to each field that needs fixing. */
public final class Form {

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new HashMap<>();
    private String message;

    public static Form empty() {
        return new Form();
    }

    public static Form of(MultivaluedMap<String, String> submitted) {
        Form form = new Form();
        if (submitted != null) {
            submitted.forEach((name, list) -> form.values.put(name, list.isEmpty() ? "" : list.get(0)));
        }
        return form;
    }

    public Form with(String name, String value) {
        values.put(name, value == null ? "" : value);
        return this;
    }

    public Form failed(InvalidInput invalid) {
        for (Violation violation : invalid.violations()) {
            errors.merge(violation.field(), violation.message(), (a, b) -> a + " " + b);
        }
        return this;
    }

    public Form message(String text) {
        this.message = text;
        return this;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean is(String name, String expected) {
        return expected.equals(values.get(name));
    }

    public String error(String name) {
        return errors.getOrDefault(name, "");
    }

    public boolean hasError(String name) {
        return errors.containsKey(name);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public String message() {
        return message == null ? "" : message;
    }

    /** Errors for fields the form does not show (they are listed at the top of the form instead). */
    public String otherErrors(String... shown) {
        StringBuilder text = new StringBuilder();
        errors.forEach((field, error) -> {
            if (!java.util.Arrays.asList(shown).contains(field)) {
                text.append(text.isEmpty() ? "" : " ").append(error);
            }
        });
        return text.toString();
    }
}
