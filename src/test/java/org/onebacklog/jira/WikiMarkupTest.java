package org.onebacklog.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WikiMarkupTest {

    @Test
    void headingsListsEmphasisAndLinksBecomeMarkdown() {
        assertEquals("""
                ## Acceptance
                1. Saved cards come **first**
                   1. even *expired* ones
                - a bullet
                See [the spec](https://wiki.example.com/pay), `cardStore` and <https://example.com>.""",
                WikiMarkup.toMarkdown("""
                        h2. Acceptance
                        # Saved cards come *first*
                        ## even _expired_ ones
                        * a bullet
                        See [the spec|https://wiki.example.com/pay], {{cardStore}} and [https://example.com]."""));
    }

    @Test
    void codeBlocksAreFencedAndTheirContentLeftAlone() {
        assertEquals("```java\nint total = a * b * c; // *not bold*\n```\nafter",
                WikiMarkup.toMarkdown("{code:java}\nint total = a * b * c; // *not bold*\n{code}\nafter"));
        assertEquals("```\nx = 1\n```", WikiMarkup.toMarkdown("{noformat}x = 1{noformat}"));
    }

    @Test
    void markdownAndPlainTextPassThrough() {
        String markdown = "Some **bold**, a snake_case_name, 2 * 3 * 4 and\n- a list\n1. numbered";
        assertEquals(markdown, WikiMarkup.toMarkdown(markdown));
        assertNull(WikiMarkup.toMarkdown("  \n "));
    }
}
