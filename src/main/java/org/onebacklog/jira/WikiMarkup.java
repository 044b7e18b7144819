package org.onebacklog.jira;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the commonest Jira wiki markup of a description into the Markdown items are written in: headings
 * ({@code h1.}), bold ({@code *b*}), italic ({@code _i_}), monospace ({@code {{m}}}), code and noformat blocks,
 * links ({@code [text|url]}) and lists ({@code #}, {@code *}). Anything else stays as text; a description that is
 * Markdown already passes through unchanged. Plain Java.
 */
public final class WikiMarkup {

    private static final Pattern BLOCK = Pattern.compile("\\{(code|noformat)(?::([^}|]*))?[^}]*}");
    private static final Pattern HEADING = Pattern.compile("h([1-6])\\.\\s+(.*)");
    private static final Pattern LIST = Pattern.compile("([#*]+)\\s+(.*)");
    private static final Pattern BOLD = Pattern.compile("(?<![\\w*])\\*(?=[^\\s*])([^*\\n]*?[^\\s*])\\*(?![\\w*])");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w_])_(?=[^\\s_])([^_\\n]*?[^\\s_])_(?![\\w_])");
    private static final Pattern MONOSPACE = Pattern.compile("\\{\\{(.+?)}}");
    private static final Pattern LINK = Pattern.compile("\\[([^|\\]\\n]+)\\|([^]\\s]+)]");
    private static final Pattern BARE_LINK = Pattern.compile("\\[((?:https?|mailto):[^]\\s]+)]");

    private WikiMarkup() {
    }

    public static String toMarkdown(String wiki) {
        if (wiki == null || wiki.isBlank()) {
            return null;
        }
        StringBuilder markdown = new StringBuilder();
        String openBlock = null;
        for (String line : wiki.strip().split("\n", -1)) {
            if (openBlock != null) {
                int end = line.indexOf("{" + openBlock + "}");
                if (end < 0) {
                    markdown.append(line).append('\n');
                } else {
                    if (end > 0) {
                        markdown.append(line, 0, end).append('\n');
                    }
                    markdown.append("```\n");
                    openBlock = null;
                }
                continue;
            }
            Matcher block = BLOCK.matcher(line.strip());
            if (block.lookingAt()) {
                String rest = line.strip().substring(block.end());
                String language = block.group(2) == null ? "" : block.group(2).strip();
                String closing = "{" + block.group(1) + "}";
                markdown.append("```").append(language).append('\n');
                if (rest.contains(closing)) {
                    // The whole block on one line: {code}x = 1{code}
                    markdown.append(rest, 0, rest.indexOf(closing)).append("\n```\n");
                } else {
                    if (!rest.isBlank()) {
                        markdown.append(rest).append('\n');
                    }
                    openBlock = block.group(1);
                }
                continue;
            }
            markdown.append(line(line)).append('\n');
        }
        if (openBlock != null) {
            markdown.append("```\n");
        }
        return markdown.toString().strip();
    }

    private static String line(String line) {
        Matcher heading = HEADING.matcher(line.strip());
        if (heading.matches()) {
            return "#".repeat(Integer.parseInt(heading.group(1))) + " " + inline(heading.group(2));
        }
        Matcher list = LIST.matcher(line.strip());
        if (list.matches()) {
            String marks = list.group(1);
            String indent = "   ".repeat(marks.length() - 1);
            String bullet = marks.charAt(marks.length() - 1) == '#' ? "1." : "-";
            return indent + bullet + " " + inline(list.group(2));
        }
        return inline(line);
    }

    private static String inline(String text) {
        String markdown = MONOSPACE.matcher(text).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1) + "`"));
        markdown = BOLD.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement("**" + m.group(1) + "**"));
        markdown = ITALIC.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement("*" + m.group(1) + "*"));
        markdown = LINK.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(
                "[" + m.group(1).strip() + "](" + m.group(2) + ")"));
        return BARE_LINK.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement("<" + m.group(1) + ">"));
    }
}
