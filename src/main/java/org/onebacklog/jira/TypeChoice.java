package org.onebacklog.jira;

import java.util.Locale;
import org.onebacklog.backlog.ItemKind;
import org.onebacklog.failure.InvalidInput;

/** What a Jira issue type without an equivalent (Task, Sub-task, Epic, …) becomes: a kind of item, or nothing. */
public enum TypeChoice {
    STORY(ItemKind.STORY),
    BUG(ItemKind.BUG),
    TECHNICAL(ItemKind.TECHNICAL),
    SKIP(null);

    private final ItemKind kind;

    TypeChoice(ItemKind kind) {
        this.kind = kind;
    }

    /** The kind, or null for {@link #SKIP}. */
    public ItemKind kind() {
        return kind;
    }

    /** How the page's choice reads: the kind's name, or "Left out". */
    public String label() {
        return kind == null ? "Left out" : kind.label();
    }

    public boolean isStory() {
        return this == STORY;
    }

    public boolean isSkip() {
        return this == SKIP;
    }

    /** Reads a query parameter; absent means {@code otherwise}. */
    public static TypeChoice parse(String value, String field, TypeChoice otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "Choose STORY, BUG, TECHNICAL or SKIP, not \"" + value.strip() + "\"");
        }
    }
}
