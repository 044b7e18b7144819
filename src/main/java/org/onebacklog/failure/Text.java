package org.onebacklog.failure;

/**
 * The two kinds of text people send, and what is refused in them (plain Java, shared by {@link OneLine},
 * {@link PlainText} and {@link Checks}): a name or title is one line without control characters; a description,
 * a goal or a reason may have line breaks and tabs but no other control character (NUL, escape, DEL, C1 codes…).
 */
public final class Text {

    private Text() {
    }

    /**
     * The text without the spaces, tabs and line breaks around it; other control characters stay, so that the rules
     * above refuse them instead of a trim hiding them ({@link String#strip()} takes form feeds and the like too).
     */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && ordinarySpace(text.charAt(start))) {
            start++;
        }
        while (end > start && ordinarySpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Null for text that is missing or only spaces and line breaks, else the text stripped. */
    public static String blankToNull(String text) {
        String clean = strip(text);
        return clean == null || clean.isEmpty() ? null : clean;
    }

    private static boolean ordinarySpace(char c) {
        return c == '\t' || c == '\n' || c == '\r'
                || (Character.isWhitespace(c) || Character.isSpaceChar(c)) && !Character.isISOControl(c);
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
