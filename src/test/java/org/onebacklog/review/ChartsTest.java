package org.onebacklog.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.onebacklog.review.Charts.Bar;
import org.onebacklog.review.Charts.Line;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartsTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d)?");

    // ------------------------------------------------------------------ structure

    @Test
    void lineChartIsWellFormedSvgWithTitleAndAriaLabel() {
        String svg = Charts.lineChart("Burndown Sprint 7", days(4),
                List.of(line("Actual", "actual", false, 10, 8, 5, 3)), "points", 600, 300);

        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(SVG_NS, root.getNamespaceURI());
        assertEquals("0 0 600 300", root.getAttribute("viewBox"));
        assertEquals("img", root.getAttribute("role"));
        assertEquals("Burndown Sprint 7", root.getAttribute("aria-label"));
        assertTrue(classes(root).contains("chart"));
        Element first = firstChildElement(root);
        assertEquals("title", first.getLocalName());
        assertEquals("Burndown Sprint 7", first.getTextContent());
        assertFalse(root.hasAttribute("width"), "CSS sizes the chart");
        assertEquals(List.of("points"), texts(doc, "axis-title"));
        assertFalse(byClass(doc, "axis").isEmpty());
        assertFalse(byClass(doc, "grid").isEmpty());
    }

    @Test
    void yAxisRunsFromZeroToANiceMaximumAboveTheData() {
        String svg = Charts.lineChart("Burnup", days(3), List.of(line("Done", "done", false, 4, 23, 17)), "points", 600, 300);

        assertEquals(List.of("0", "5", "10", "15", "20", "25"), texts(parse(svg), "y-tick"));
    }

    @Test
    void tickLabelsAreNiceForAnyMaximum() {
        for (String max : List.of("0.3", "0.5", "1", "3", "7", "10", "11", "23", "40", "41", "99", "101", "1234", "0", "-5")) {
            String svg = Charts.barChart("Velocity", List.of(new Bar("S1", new BigDecimal(max), "sprint")), null, null, "points",
                    600, 300);
            List<String> ticks = texts(parse(svg), "y-tick");
            String context = "max " + max + " gave " + ticks;

            assertTrue(ticks.size() >= 4 && ticks.size() <= 6, context);
            for (String tick : ticks) {
                assertTrue(tick.matches("\\d+(\\.\\d*[1-9])?"), "plain, no trailing zeros, no exponent: " + context);
            }
            List<BigDecimal> values = ticks.stream().map(BigDecimal::new).toList();
            assertEquals(0, values.get(0).signum(), context);
            BigDecimal step = values.get(1);
            for (int i = 1; i < values.size(); i++) {
                assertEquals(0, values.get(i).subtract(values.get(i - 1)).compareTo(step), "evenly spaced: " + context);
            }
            BigDecimal mantissa = step.movePointLeft(step.precision() - step.scale() - 1).stripTrailingZeros();
            assertTrue(List.of("1", "2", "2.5", "5").contains(mantissa.toPlainString()), "nice step: " + context);
            BigDecimal top = values.get(values.size() - 1);
            BigDecimal expectedAtLeast = new BigDecimal(max).signum() > 0 ? new BigDecimal(max) : BigDecimal.ONE;
            assertTrue(top.compareTo(expectedAtLeast) >= 0, "covers the data: " + context);
        }
    }

    @Test
    void zeroDataGetsAnAxisFromZeroToOne() {
        String svg = Charts.barChart("Velocity", List.of(new Bar("S1", BigDecimal.ZERO, "s")), null, null, "points", 600, 300);

        List<String> ticks = texts(parse(svg), "y-tick");
        assertEquals("0", ticks.get(0));
        assertEquals("1", ticks.get(ticks.size() - 1));
    }

    // ------------------------------------------------------------------ line chart

    @Test
    void futureDaysEndTheLineWithADotOnToday() {
        String svg = Charts.lineChart("Burndown", days(4), List.of(line("Actual", "actual", false, 10, 8, null, null)), "points",
                600, 300);
        Document doc = parse(svg);

        List<Element> polylines = byTag(doc, "polyline");
        assertEquals(1, polylines.size());
        assertEquals(List.of("series", "actual"), classes(polylines.get(0)));
        double[][] points = points(polylines.get(0));
        assertEquals(2, points.length);
        assertTrue(points[1][0] > points[0][0], "second day is to the right");
        assertTrue(points[1][1] > points[0][1], "8 is drawn lower on screen (larger y) than 10");

        List<Element> dots = byClass(doc, "dot");
        assertEquals(1, dots.size());
        assertTrue(classes(dots.get(0)).contains("actual"));
        assertEquals(points[1][0], Double.parseDouble(dots.get(0).getAttribute("cx")), 0.01);
        assertEquals(points[1][1], Double.parseDouble(dots.get(0).getAttribute("cy")), 0.01);
    }

    @Test
    void aGapInTheMiddleSplitsTheLine() {
        String svg = Charts.lineChart("Burndown", days(5), List.of(line("Actual", "actual", false, 10, 9, null, 7, 6)), "points",
                600, 300);

        List<Element> polylines = byTag(parse(svg), "polyline");
        assertEquals(2, polylines.size());
        assertEquals(2, points(polylines.get(0)).length);
        assertEquals(2, points(polylines.get(1)).length);
        assertTrue(points(polylines.get(1))[0][0] > points(polylines.get(0))[1][0]);
    }

    @Test
    void dashedLinesAreDashedInChartAndLegendAndHaveNoDot() {
        String svg = Charts.lineChart("Burndown", days(3),
                List.of(line("Ideal", "ideal", true, 30, 15, 0), line("Actual", "actual", false, 30, 20, 12)), "points", 600, 300);
        Document doc = parse(svg);

        Element ideal = byClass(doc, "ideal").stream().filter(e -> e.getLocalName().equals("polyline")).findFirst().orElseThrow();
        assertFalse(ideal.getAttribute("stroke-dasharray").isEmpty());
        assertEquals(1, byClass(doc, "dot").size());
        Element legend = byClass(doc, "legend").get(0);
        assertEquals(List.of("Ideal", "Actual"), texts(legend, "legend-label"));
        List<Element> swatches = byClass(legend, "swatch");
        assertEquals(List.of("swatch", "series", "ideal"), classes(swatches.get(0)));
        assertFalse(swatches.get(0).getAttribute("stroke-dasharray").isEmpty());
        assertTrue(swatches.get(1).getAttribute("stroke-dasharray").isEmpty());
    }

    @Test
    void manyDaysAreThinnedButFirstAndLastAreShown() {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            labels.add("Day " + i);
        }
        String svg = Charts.lineChart("Long sprint", labels, List.of(line("Actual", "actual", false, 5, 4)), "points", 600, 300);

        List<Element> shown = byClass(parse(svg), "x-tick");
        List<String> texts = shown.stream().map(Element::getTextContent).toList();
        assertEquals("Day 1", texts.get(0));
        assertEquals("Day 30", texts.get(texts.size() - 1));
        assertTrue(texts.size() < 12, texts.toString());
        assertTrue(texts.size() >= 4, texts.toString());
        for (int i = 1; i < shown.size(); i++) {
            double gap = Double.parseDouble(shown.get(i).getAttribute("x")) - Double.parseDouble(shown.get(i - 1).getAttribute("x"));
            assertTrue(gap > 6 * 12 * 0.6, "labels " + texts.get(i - 1) + " and " + texts.get(i) + " would overlap");
        }
    }

    @Test
    void tenDaysAreAllLabelled() {
        String svg = Charts.lineChart("Burndown", days(10), List.of(line("Actual", "actual", false, 5)), "points", 600, 300);

        assertEquals(days(10), texts(parse(svg), "x-tick"));
    }

    @Test
    void noValuesYetShowsAxesAndAMessage() {
        String svg = Charts.lineChart("Burndown", days(5), List.of(line("Actual", "actual", false, null, null)), "points", 600, 300);
        Document doc = parse(svg);

        assertEquals(List.of("No data yet"), texts(doc, "empty"));
        assertTrue(byTag(doc, "polyline").isEmpty());
        assertFalse(byClass(doc, "axis").isEmpty());
        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1"), texts(doc, "y-tick"));
        assertEquals(days(5), texts(doc, "x-tick"));

        assertEquals(List.of("No data yet"), texts(parse(Charts.lineChart("Empty", List.of(), List.of(), "points", 600, 300)), "empty"));
        assertEquals(List.of("No data yet"), texts(parse(Charts.lineChart("Empty", null, null, null, 600, 300)), "empty"));
    }

    // ------------------------------------------------------------------ bar chart

    @Test
    void barsCarryTheirValuesAndLabels() {
        String svg = Charts.barChart("Velocity", List.of(new Bar("Sprint 1", new BigDecimal("21"), "sprint"),
                new Bar("Sprint 2", new BigDecimal("18.50"), "sprint"), new Bar("Sprint 3", new BigDecimal("24"), "sprint current")),
                null, null, "points", 600, 300);
        Document doc = parse(svg);

        List<Element> bars = byClass(doc, "bar");
        assertEquals(3, bars.size());
        assertEquals(List.of("bar", "sprint", "current"), classes(bars.get(2)));
        assertEquals(List.of("21", "18.5", "24"), texts(doc, "value"));
        assertEquals(List.of("Sprint 1", "Sprint 2", "Sprint 3"), texts(doc, "x-tick"));
        double h1 = Double.parseDouble(bars.get(0).getAttribute("height"));
        double h2 = Double.parseDouble(bars.get(1).getAttribute("height"));
        double h3 = Double.parseDouble(bars.get(2).getAttribute("height"));
        assertTrue(h3 > h1 && h1 > h2, "bar heights follow the values");
        assertTrue(byClass(doc, "legend").isEmpty());
    }

    @Test
    void longBarLabelsAreTruncated() {
        String svg = Charts.barChart("Velocity", List.of(new Bar("Sprint with a very long name", BigDecimal.TEN, "sprint")), null, null,
                "points", 600, 300);

        String label = texts(parse(svg), "x-tick").get(0);
        assertEquals(14, label.length());
        assertTrue(label.startsWith("Sprint with"));
        assertTrue(label.endsWith("\u2026"));
    }

    @Test
    void manyBarsStillGetLabelsThatDoNotRunOffTheChart() {
        List<Bar> bars = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            bars.add(new Bar("Sprint " + i, BigDecimal.valueOf(10 + i % 7), "sprint"));
        }
        Document doc = parse(Charts.barChart("Velocity", bars, null, null, "points", 600, 300));

        List<String> labels = texts(doc, "x-tick");
        assertEquals("Sprint 1", labels.get(0));
        assertEquals("Sprint 20", labels.get(labels.size() - 1));
        assertEquals(20, byClass(doc, "bar").size());
    }

    @Test
    void referenceLineIsDrawnOnlyWhenGiven() {
        List<Bar> bars = List.of(new Bar("S1", BigDecimal.valueOf(20), "sprint"), new Bar("S2", BigDecimal.valueOf(22), "sprint"));

        Document with = parse(Charts.barChart("Velocity", bars, BigDecimal.valueOf(21), "mean 21", "points", 600, 300));
        List<Element> reference = byClass(with, "reference");
        assertEquals(1, reference.size());
        assertEquals("line", reference.get(0).getLocalName());
        assertFalse(reference.get(0).getAttribute("stroke-dasharray").isEmpty());
        assertEquals(List.of("mean 21"), texts(with, "reference-label"));
        Element bar20 = byClass(with, "bar").get(0);
        Element bar22 = byClass(with, "bar").get(1);
        double y = Double.parseDouble(reference.get(0).getAttribute("y1"));
        assertTrue(y < Double.parseDouble(bar20.getAttribute("y")) && y > Double.parseDouble(bar22.getAttribute("y")),
                "the mean lies between the bars' tops");

        Document without = parse(Charts.barChart("Velocity", bars, null, "mean 21", "points", 600, 300));
        assertTrue(byClass(without, "reference").isEmpty());
        assertTrue(byClass(without, "reference-label").isEmpty());
    }

    @Test
    void referenceAboveAllBarsStillFitsTheAxis() {
        Document doc = parse(Charts.barChart("Velocity", List.of(new Bar("S1", BigDecimal.valueOf(5), "s")), BigDecimal.valueOf(30),
                "target", "points", 600, 300));

        List<String> ticks = texts(doc, "y-tick");
        assertTrue(new BigDecimal(ticks.get(ticks.size() - 1)).compareTo(BigDecimal.valueOf(30)) >= 0);
    }

    @Test
    void negativeValuesAreDrawnAsZero() {
        Document doc = parse(Charts.barChart("Velocity", List.of(new Bar("S1", BigDecimal.valueOf(-3), "s"),
                new Bar("S2", BigDecimal.valueOf(4), "s")), null, null, "points", 600, 300));

        Element negative = byClass(doc, "bar").get(0);
        assertEquals(0, Double.parseDouble(negative.getAttribute("height")), 0.001);
        assertEquals("0", texts(doc, "y-tick").get(0));
    }

    @Test
    void noBarsShowsAMessage() {
        assertEquals(List.of("No data yet"), texts(parse(Charts.barChart("Velocity", List.of(), null, null, "points", 600, 300)), "empty"));
        assertEquals(List.of("No data yet"), texts(parse(Charts.barChart("Velocity", List.of(new Bar("S1", null, "s")), null, null,
                "points", 600, 300)), "empty"));
        Document withData = parse(Charts.barChart("Velocity", List.of(new Bar("S1", BigDecimal.ONE, "s")), null, null, "points", 600, 300));
        assertTrue(byClass(withData, "empty").isEmpty());
    }

    // ------------------------------------------------------------------ grouped bar chart

    @Test
    void groupedBarsHaveOneBarPerSeriesALegendAndTheReserve() {
        String svg = Charts.groupedBarChart("Planned and actual", List.of("Planned", "Actual"), List.of("Functional", "Technical"),
                List.of("functional", "technical"), List.of(List.of(bd(30), bd(8)), List.of(bd(26), bd(11))),
                bd(10), "reserve 10", "points", 600, 300);
        Document doc = parse(svg);

        List<Element> bars = byClass(doc, "bar").stream().filter(e -> !classes(e).contains("swatch")).toList();
        assertEquals(4, bars.size());
        assertEquals(List.of("bar", "functional"), classes(bars.get(0)));
        assertEquals(List.of("bar", "technical"), classes(bars.get(1)));
        assertEquals(List.of("30", "8", "26", "11"), texts(doc, "value"));
        assertEquals(List.of("Planned", "Actual"), texts(doc, "x-tick"));
        Element legend = byClass(doc, "legend").get(0);
        assertEquals(List.of("Functional", "Technical"), texts(legend, "legend-label"));
        assertEquals(List.of("swatch", "bar", "technical"), classes(byClass(legend, "swatch").get(1)));
        assertEquals(1, byClass(doc, "reference").size());
        assertEquals(List.of("reserve 10"), texts(doc, "reference-label"));

        Document noReserve = parse(Charts.groupedBarChart("Planned and actual", List.of("Planned"), List.of("Functional"),
                List.of("functional"), List.of(List.of(bd(3))), null, null, "points", 600, 300));
        assertTrue(byClass(noReserve, "reference").isEmpty());
    }

    @Test
    void groupedBarsWithoutValuesShowAMessage() {
        String svg = Charts.groupedBarChart("Planned and actual", List.of("Planned", "Actual"), List.of("Functional", "Technical"),
                List.of("functional", "technical"), List.of(Arrays.asList(null, null), List.of()), null, null, "points", 600, 300);

        assertEquals(List.of("No data yet"), texts(parse(svg), "empty"));
    }

    // ------------------------------------------------------------------ safety and format

    @Test
    void userTextIsEscaped() {
        String evil = "<script>alert('x')</script> & \"co\"";
        String svg = Charts.lineChart(evil, List.of("<script>", "Tue"), List.of(line("<b>me</b>", "actual", false, 3, 2)), "<i>pts</i>",
                600, 300);

        assertTrue(svg.contains("&lt;script&gt;"));
        assertFalse(svg.contains("<script"));
        assertFalse(svg.contains("<b>"));
        assertFalse(svg.contains("<i>"));
        Document doc = parse(svg);
        assertEquals(evil, doc.getDocumentElement().getAttribute("aria-label"));
        assertEquals(evil, firstChildElement(doc.getDocumentElement()).getTextContent());
        assertEquals("<script>", texts(doc, "x-tick").get(0));
        assertEquals(List.of("<b>me</b>"), texts(doc, "legend-label"));

        String bars = Charts.barChart(evil, List.of(new Bar("<script>", BigDecimal.ONE, "x")), BigDecimal.ONE, "<mean>", "<u>", 600, 300);
        assertFalse(bars.contains("<script"));
        assertEquals("<script>", texts(parse(bars), "x-tick").get(0));
        assertEquals(List.of("<mean>"), texts(parse(bars), "reference-label"));
    }

    @Test
    void controlCharactersCannotBreakTheXml() {
        String svg = Charts.barChart("Sprint\u0000\u0007 1", List.of(new Bar("S\u00011", BigDecimal.ONE, "s")), null, null, "pts", 600,
                300);

        assertEquals("Sprint 1", parse(svg).getDocumentElement().getAttribute("aria-label"));
    }

    @Test
    void noInlineStylesAnywhere() {
        for (String svg : samples()) {
            assertFalse(svg.contains("style="), svg);
            Document doc = parse(svg);
            assertTrue(byTag(doc, "style").isEmpty());
            for (Element e : all(doc)) {
                assertFalse(e.hasAttribute("style"), e.getLocalName());
            }
        }
    }

    @Test
    void coordinatesHaveAtMostOneDecimalAndNoCommas() {
        List<String> numeric = List.of("x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height");
        for (String svg : samples()) {
            for (Element e : all(parse(svg))) {
                for (String name : numeric) {
                    if (e.hasAttribute(name)) {
                        assertTrue(NUMBER.matcher(e.getAttribute(name)).matches(), name + "=" + e.getAttribute(name));
                    }
                }
                if (e.hasAttribute("points")) {
                    for (String point : e.getAttribute("points").split(" ")) {
                        String[] xy = point.split(",");
                        assertEquals(2, xy.length, point);
                        assertTrue(NUMBER.matcher(xy[0]).matches() && NUMBER.matcher(xy[1]).matches(), point);
                    }
                }
            }
        }
    }

    @Test
    void absurdSizesStillGiveAValidChart() {
        List<String> names = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        List<BigDecimal> row = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            names.add("A rather long series name " + i);
            classes.add("s" + i);
            row.add(BigDecimal.valueOf(i));
        }
        String svg = Charts.groupedBarChart("Tiny", List.of("G"), names, classes, List.of(row), BigDecimal.ONE, "reserve", "points", 0, 0);
        Document doc = parse(svg);

        assertEquals("0 0 160 100", doc.getDocumentElement().getAttribute("viewBox"));
        for (Element e : all(doc)) {
            if (e.hasAttribute("height")) {
                assertTrue(Double.parseDouble(e.getAttribute("height")) >= 0);
            }
            if (e.hasAttribute("width")) {
                assertTrue(Double.parseDouble(e.getAttribute("width")) >= 0);
            }
        }
    }

    @Test
    void sameInputSameOutput() {
        assertEquals(samples(), samples());
    }

    // ------------------------------------------------------------------ helpers

    private static List<String> samples() {
        List<String> days = days(10);
        List<Line> burndown = List.of(line("Ideal", "ideal", true, 40, 35.6, 31.1, 26.7, 22.2, 17.8, 13.3, 8.9, 4.4, 0),
                line("Actual", "actual", false, 40, 38, 38, 30, 31, 25, null, null, null, null));
        List<Bar> velocity = List.of(new Bar("Sprint 1", bd(18), "sprint"), new Bar("Sprint 2", bd(23), "sprint"),
                new Bar("Sprint 3", new BigDecimal("19.5"), "sprint"));
        return List.of(
                Charts.lineChart("Burndown", days, burndown, "points", 640, 320),
                Charts.barChart("Velocity", velocity, new BigDecimal("20.17"), "mean 20.2", "points", 640, 320),
                Charts.groupedBarChart("Planned vs actual", List.of("Planned", "Actual"), List.of("Functional", "Technical"),
                        List.of("functional", "technical"), List.of(List.of(bd(30), bd(8)), List.of(bd(26), bd(11))), bd(10),
                        "reserve", "points", 640, 320));
    }

    private static Line line(String name, String cssClass, boolean dashed, Number... values) {
        List<BigDecimal> list = new ArrayList<>();
        for (Number v : values) {
            list.add(v == null ? null : new BigDecimal(v.toString()));
        }
        return new Line(name, cssClass, list, dashed);
    }

    private static BigDecimal bd(int v) {
        return BigDecimal.valueOf(v);
    }

    private static List<String> days(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add("Day " + i);
        }
        return out;
    }

    private static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    private static List<Element> all(Document doc) {
        return byTag(doc, "*");
    }

    private static List<Element> byTag(Document doc, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS(SVG_NS, localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static List<Element> byClass(Document doc, String cls) {
        return byClass(doc.getDocumentElement(), cls);
    }

    private static List<Element> byClass(Element root, String cls) {
        NodeList nodes = root.getElementsByTagNameNS(SVG_NS, "*");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (classes(e).contains(cls)) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> texts(Document doc, String cls) {
        return texts(doc.getDocumentElement(), cls);
    }

    private static List<String> texts(Element root, String cls) {
        return byClass(root, cls).stream().filter(e -> e.getLocalName().equals("text")).map(Element::getTextContent).toList();
    }

    private static List<String> classes(Element e) {
        String cls = e.getAttribute("class").strip();
        return cls.isEmpty() ? List.of() : List.of(cls.split("\\s+"));
    }

    private static Element firstChildElement(Element e) {
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                return child;
            }
        }
        throw new AssertionError("no child element");
    }

    private static double[][] points(Element polyline) {
        String[] pairs = polyline.getAttribute("points").strip().split(" ");
        double[][] out = new double[pairs.length][];
        for (int i = 0; i < pairs.length; i++) {
            String[] xy = pairs[i].split(",");
            out[i] = new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
        }
        return out;
    }
}
