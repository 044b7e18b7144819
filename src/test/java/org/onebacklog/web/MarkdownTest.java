package org.onebacklog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<svg onload=alert(1)>",
        "![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<form action=\"https://evil.example\"><input name=q></form>",
        "<div onmouseover=\"alert(1)\">hover</div>"
    })
    void nothingExecutableSurvives(String markdown) {
        String html = Markdown.toSafeHtml(markdown).toLowerCase(Locale.ROOT);
        // Escaped text may mention anything; what matters is that no tag or attribute carries it.
        assertFalse(html.contains("<script"), html);
        assertFalse(html.matches("(?s).*<[a-z][^>]*\\s(href|src)=\"?\\s*(javascript|data):.*"), html);
        assertFalse(html.matches("(?s).*<[a-z][^>]*\\son[a-z]+=.*"), html);
        assertFalse(html.matches("(?s).*<[a-z][^>]*\\sstyle=.*"), html);
        assertFalse(html.contains("<iframe"), html);
        assertFalse(html.contains("<form"), html);
        assertFalse(html.contains("<svg"), html);
    }

    @Test
    void ordinaryMarkdownStillRenders() {
        String html = Markdown.toSafeHtml("# Goal\n\n**Bold**, _em_, `code`\n\n- a\n- b\n\n"
                + "| Option | Extra |\n|---|---|\n| Oat milk | 0.40 |\n\n[docs](https://example.org)");
        assertTrue(html.contains("<strong>Bold</strong>"), html);
        assertTrue(html.contains("<code>code</code>"), html);
        assertTrue(html.contains("<li>a</li>"), html);
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<a href=\"https://example.org\" rel=\""), html);
        // The sanitiser lists the rel values in no fixed order.
        String rel = html.replaceAll("(?s).*rel=\"([^\"]*)\".*", "$1");
        assertEquals(java.util.Set.of("nofollow", "noopener", "noreferrer"), java.util.Set.of(rel.split(" ")));
    }

    @Test
    void emptyStaysEmpty() {
        assertEquals("", Markdown.toSafeHtml(null));
        assertEquals("", Markdown.toSafeHtml("   "));
    }
}
