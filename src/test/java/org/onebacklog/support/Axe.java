package org.onebacklog.support;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * axe-core, the accessibility checker, run in a page under test. The script comes from the axe-core webjar on the
 * test classpath and is evaluated through the browser's protocol (the pages' Content-Security-Policy allows no
 * inline script, and no network is asked). Rules of WCAG 2 A and AA are checked, and best practice is reported;
 * what counts is a violation of WCAG 2 A or AA of serious or critical impact.
 */
public final class Axe {

    private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";
    private static final String SOURCE = source();

    /** One failing rule on one element. */
    public record Finding(String rule, String impact, List<String> tags, String help, String target, String html,
            String summary) {

        /** A WCAG 2 A or AA rule broken with serious or critical impact: what the tests fail on. */
        public boolean blocking() {
            return (tags.contains("wcag2a") || tags.contains("wcag2aa"))
                    && ("serious".equals(impact) || "critical".equals(impact));
        }

        @Override
        public String toString() {
            return rule + " (" + impact + ") at " + target + ": " + help + "\n      " + html
                    + (summary == null ? "" : "\n      " + summary.replace("\n", "\n      "));
        }
    }

    private Axe() {
    }

    /** Every finding of WCAG 2 A, AA and best practice on the page as it is now. */
    @SuppressWarnings("unchecked")
    public static List<Finding> check(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(SOURCE);
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {
                    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice']},
                    resultTypes: ['violations']
                  });
                  return result.violations.map(v => ({
                    id: v.id, impact: v.impact, tags: v.tags, help: v.help,
                    nodes: v.nodes.map(n => ({
                      target: n.target.join(' '), html: n.html.slice(0, 240), summary: n.failureSummary || null,
                      impact: n.impact || v.impact
                    }))
                  }));
                }""");
        List<Finding> findings = new ArrayList<>();
        for (Map<String, Object> violation : violations) {
            for (Map<String, Object> node : (List<Map<String, Object>>) violation.get("nodes")) {
                findings.add(new Finding((String) violation.get("id"), (String) node.get("impact"),
                        (List<String>) violation.get("tags"), (String) violation.get("help"),
                        (String) node.get("target"), (String) node.get("html"), (String) node.get("summary")));
            }
        }
        return findings;
    }

    /** The findings the tests fail on: serious or critical violations of WCAG 2 A or AA. */
    public static List<Finding> blocking(Page page) {
        return check(page).stream().filter(Finding::blocking).toList();
    }

    private static String source() {
        ClassLoader loader = Axe.class.getClassLoader();
        Properties pom = new Properties();
        try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the axe-core webjar is not on the test classpath");
            }
            pom.load(in);
            try (InputStream script = loader.getResourceAsStream(WEBJAR + pom.getProperty("version") + "/axe.min.js")) {
                if (script == null) {
                    throw new IllegalStateException("the axe-core webjar holds no axe.min.js");
                }
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
