package org.onebacklog.failure;

/**
 * The two kinds of text people send, and what is refused in them (plain Java, shared by {@link OneLine},
 * {@link PlainText} and {@link Checks}): a name or title is one line without control characters; a description,
 * a goal or a reason may have line breaks and tabs but no other control character (NUL, escape, DEL, C1 codes…).
 */
public final class Text {

    private Text() {
    }

    /** True unless {@code text} holds a control character (line breaks and tabs included). */
    public static boolean isOneLine(String text) {
        return text == null || text.chars().noneMatch(Character::isISOControl);
    }

    /** True unless {@code text} holds a control character other than a line break or a tab. */
    public static boolean isPlain(String text) {
        return text == null || text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r'
                && c != '\t');
    }
}
