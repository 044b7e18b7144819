package org.onebacklog.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Server-side SVG charts for the sprint review report and the wall display.
 *
 * <p>Plain Java, no dependencies, deterministic output. The SVG carries no inline styles (the
 * Content-Security-Policy forbids them): defaults are SVG presentation attributes, so a chart is
 * readable on its own, and every element has a CSS class so the site stylesheet can restyle it.
 *
 * <p>Classes: {@code chart} (root), {@code axis}, {@code grid}, {@code tick} (plus {@code y-tick} or
 * {@code x-tick}), {@code axis-title}, {@code legend} (group; items {@code swatch} and
 * {@code legend-label}), {@code series <cssClass>} (line polylines), {@code dot <cssClass>} (end
 * marker), {@code bar <cssClass>}, {@code value}, {@code reference}, {@code reference-label},
 * {@code empty}.
 */
public final class Charts {

    /** One line of a line chart. values.get(i) belongs to xLabels.get(i); null = no value yet (line stops there, e.g. future days). */
    public record Line(String name, String cssClass, List<BigDecimal> values, boolean dashed) {}

    /** One bar of a bar chart. */
    public record Bar(String label, BigDecimal value, String cssClass) {}

    private static final String[] PALETTE = {
        "#2563eb", "#ea580c", "#16a34a", "#9333ea", "#dc2626", "#0891b2", "#ca8a04", "#db2777"
    };
    private static final String TEXT = "#374151";
    private static final String MUTED = "#6b7280";
    private static final String AXIS = "#9ca3af";
    private static final String GRID = "#e5e7eb";
    private static final String REFERENCE = "#374151";

    private static final int FONT = 12;
    private static final int VALUE_FONT = 11;
    /** Average glyph width of sans-serif text, in em, for fitting a number of characters into a space. */
    private static final double CHAR_EM = 0.62;
    private static final int MAX_X_LABELS = 10;
    private static final int MAX_LABEL_CHARS = 14;
    private static final int MAX_LEGEND_CHARS = 32;
    private static final int MAX_REFERENCE_CHARS = 20;
    private static final double LABEL_ANGLE = 40;
    private static final String DASH = "6 4";
    private static final String NO_DATA = "No data yet";

    private Charts() {}

    // ------------------------------------------------------------------ line chart

    /** Line chart (burndown, burnup). title is used for &lt;title&gt; and aria-label; unit e.g. "points" labels the y axis. */
    public static String lineChart(String title, List<String> xLabels, List<Line> lines, String unit, int width, int height) {
        return lineChart(title, xLabels, lines, unit, width, height, NO_DATA);
    }

    /** As above; {@code emptyMessage} says why there is nothing to draw when no line has a value. */
    public static String lineChart(String title, List<String> xLabels, List<Line> lines, String unit, int width, int height,
            String emptyMessage) {
        int w = clampWidth(width);
        int h = clampHeight(height);
        List<Line> ls = nonNull(lines);
        List<String> rawLabels = nonNull(xLabels);
        int n = rawLabels.size();
        for (Line line : ls) {
            n = Math.max(n, nonNull(line.values()).size());
        }
        List<String> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            labels.add(truncate(i < rawLabels.size() ? rawLabels.get(i) : "", MAX_LABEL_CHARS));
        }

        BigDecimal dataMax = null;
        for (Line line : ls) {
            for (BigDecimal v : nonNull(line.values())) {
                if (v != null) {
                    dataMax = dataMax == null ? v : dataMax.max(v);
                }
            }
        }
        boolean empty = dataMax == null;
        Scale scale = niceScale(dataMax);

        double firstW = n == 0 ? 0 : textWidth(labels.get(0), FONT);
        double lastW = n == 0 ? 0 : textWidth(labels.get(n - 1), FONT);
        double left = Math.max(yAxisWidth(scale, unit), firstW / 2 + 4);
        double right = w - Math.max(14, lastW / 2 + 6);

        List<LegendItem> items = new ArrayList<>();
        for (int i = 0; i < ls.size(); i++) {
            Line line = ls.get(i);
            items.add(new LegendItem(line.name(), line.cssClass(), color(i), line.dashed() ? Swatch.DASHED : Swatch.LINE));
        }
        Legend legend = layoutLegend(items, left, w - 8);
        double top = legend.rows() == 0 ? 14 : legend.bottom() + 12;
        double bottom = h - (FONT + 14);
        Frame frame = new Frame(left, top, right, bottom, scale.max());

        StringBuilder sb = new StringBuilder(4096);
        open(sb, title, w, h);
        grid(sb, frame, scale);

        if (!empty) {
            // Dashed (reference-like) lines first, so solid lines are drawn on top of them.
            for (int pass = 0; pass < 2; pass++) {
                for (int li = 0; li < ls.size(); li++) {
                    Line line = ls.get(li);
                    if (line.dashed() != (pass == 0)) {
                        continue;
                    }
                    drawLine(sb, frame, line, color(li), n);
                }
            }
        }

        axes(sb, frame);
        yTicks(sb, frame, scale);
        yTitle(sb, frame, unit);

        double step = n > 1 ? frame.width() / (n - 1) : frame.width();
        double maxLabelW = 0;
        for (String label : labels) {
            maxLabelW = Math.max(maxLabelW, textWidth(label, FONT));
        }
        for (int i : visibleLabels(n, step, maxLabelW + 8, MAX_X_LABELS)) {
            double x = pointX(frame, i, n);
            line(sb, "axis", x, bottom, x, bottom + 4, AXIS, null);
            sb.append("<text class=\"tick x-tick\" x=\"").append(num(x)).append("\" y=\"").append(num(bottom + 17))
                    .append("\" text-anchor=\"middle\" fill=\"").append(MUTED).append("\">")
                    .append(esc(labels.get(i))).append("</text>");
        }

        drawLegend(sb, legend);
        if (empty) {
            noData(sb, frame, emptyMessage);
        }
        return close(sb);
    }

    private static void drawLine(StringBuilder sb, Frame frame, Line line, String color, int n) {
        List<BigDecimal> values = nonNull(line.values());
        String cls = "series" + classSuffix(line.cssClass());
        StringBuilder points = new StringBuilder();
        int count = 0;
        double lastX = 0;
        double lastY = 0;
        boolean hasLast = false;
        for (int i = 0; i <= values.size(); i++) {
            BigDecimal v = i < values.size() ? values.get(i) : null;
            if (v == null) {
                if (count > 0) {
                    sb.append("<polyline class=\"").append(cls).append("\" points=\"").append(points)
                            .append("\" fill=\"none\" stroke=\"").append(color)
                            .append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\" stroke-linecap=\"round\"");
                    if (line.dashed()) {
                        sb.append(" stroke-dasharray=\"").append(DASH).append('"');
                    }
                    sb.append("/>");
                }
                points.setLength(0);
                count = 0;
                continue;
            }
            double x = pointX(frame, i, n);
            double y = frame.y(v);
            if (count > 0) {
                points.append(' ');
            }
            points.append(num(x)).append(',').append(num(y));
            count++;
            lastX = x;
            lastY = y;
            hasLast = true;
        }
        if (hasLast && !line.dashed()) {
            sb.append("<circle class=\"dot").append(classSuffix(line.cssClass())).append("\" cx=\"").append(num(lastX))
                    .append("\" cy=\"").append(num(lastY)).append("\" r=\"4\" fill=\"").append(color).append("\"/>");
        }
    }

    private static double pointX(Frame frame, int i, int n) {
        if (n <= 1) {
            return (frame.left() + frame.right()) / 2;
        }
        return frame.left() + i * frame.width() / (n - 1);
    }

    // ------------------------------------------------------------------ bar chart

    /** Vertical bar chart (velocity over sprints). reference may be null; if given, draw a horizontal dashed line labelled referenceLabel (e.g. "mean 21"). */
    public static String barChart(String title, List<Bar> bars, BigDecimal reference, String referenceLabel, String unit, int width, int height) {
        int w = clampWidth(width);
        int h = clampHeight(height);
        List<Bar> bs = nonNull(bars);
        int n = bs.size();

        BigDecimal dataMax = null;
        for (Bar bar : bs) {
            if (bar.value() != null) {
                dataMax = dataMax == null ? bar.value() : dataMax.max(bar.value());
            }
        }
        boolean empty = dataMax == null;
        BigDecimal scaleMax = reference == null ? dataMax : dataMax == null ? reference : dataMax.max(reference);
        Scale scale = niceScale(scaleMax);

        List<String> labels = new ArrayList<>(n);
        for (Bar bar : bs) {
            labels.add(truncate(bar.label(), MAX_LABEL_CHARS));
        }
        Map<String, String> colors = new LinkedHashMap<>();
        for (Bar bar : bs) {
            colors.putIfAbsent(bar.cssClass() == null ? "" : bar.cssClass(), color(colors.size()));
        }

        double top = 24;
        Band band = layoutBands(labels, n, w, h, yAxisWidth(scale, unit), rightMargin(reference, referenceLabel, w));
        Frame frame = new Frame(band.left(), top, band.right(), band.bottom(), scale.max());

        StringBuilder sb = new StringBuilder(4096);
        open(sb, title, w, h);
        grid(sb, frame, scale);

        double bandW = n == 0 ? frame.width() : frame.width() / n;
        double barW = Math.min(bandW * 0.62, 80);
        Double referenceY = reference == null ? null : frame.y(reference);
        for (int i = 0; i < n; i++) {
            Bar bar = bs.get(i);
            if (bar.value() == null) {
                continue;
            }
            double cx = frame.left() + bandW * (i + 0.5);
            String tip = (bar.label() == null ? "" : bar.label()) + ": " + valueText(bar.value()) + unitSuffix(unit);
            double y = rect(sb, frame, "bar" + classSuffix(bar.cssClass()), cx - barW / 2, barW, bar.value(),
                    colors.get(bar.cssClass() == null ? "" : bar.cssClass()), tip);
            valueLabel(sb, cx, y, bar.value(), bandW - 4, referenceY);
        }

        axes(sb, frame);
        yTicks(sb, frame, scale);
        yTitle(sb, frame, unit);
        bandLabels(sb, frame, band, bandW);
        referenceLine(sb, frame, reference, referenceLabel);
        if (empty) {
            noData(sb, frame);
        }
        return close(sb);
    }

    // ------------------------------------------------------------------ grouped bar chart

    /** Grouped bars: for each group (e.g. "Planned", "Actual") one bar per series (e.g. functional, technical). seriesNames/seriesClasses give the legend; values.get(g).get(s). reference (nullable) draws a horizontal dashed line e.g. the technical reserve, labelled referenceLabel. */
    public static String groupedBarChart(String title, List<String> groups, List<String> seriesNames, List<String> seriesClasses,
            List<List<BigDecimal>> values, BigDecimal reference, String referenceLabel, String unit, int width, int height) {
        int w = clampWidth(width);
        int h = clampHeight(height);
        List<String> gs = nonNull(groups);
        List<String> names = nonNull(seriesNames);
        List<String> classes = nonNull(seriesClasses);
        List<List<BigDecimal>> vs = nonNull(values);
        int g = gs.size();
        int s = names.size();
        for (int gi = 0; gi < Math.min(g, vs.size()); gi++) {
            s = Math.max(s, nonNull(vs.get(gi)).size());
        }

        BigDecimal dataMax = null;
        for (int gi = 0; gi < g; gi++) {
            for (int si = 0; si < s; si++) {
                BigDecimal v = cell(vs, gi, si);
                if (v != null) {
                    dataMax = dataMax == null ? v : dataMax.max(v);
                }
            }
        }
        boolean empty = dataMax == null;
        BigDecimal scaleMax = reference == null ? dataMax : dataMax == null ? reference : dataMax.max(reference);
        Scale scale = niceScale(scaleMax);

        List<String> labels = new ArrayList<>(g);
        for (String group : gs) {
            labels.add(truncate(group, MAX_LABEL_CHARS));
        }
        double left0 = yAxisWidth(scale, unit);
        List<LegendItem> items = new ArrayList<>();
        for (int si = 0; si < s; si++) {
            items.add(new LegendItem(si < names.size() ? names.get(si) : "", si < classes.size() ? classes.get(si) : null,
                    color(si), Swatch.BOX));
        }
        Band band = layoutBands(labels, g, w, h, left0, rightMargin(reference, referenceLabel, w));
        Legend legend = layoutLegend(items, band.left(), w - 8);
        double top = (legend.rows() == 0 ? 8 : legend.bottom() + 6) + VALUE_FONT + 8;
        Frame frame = new Frame(band.left(), top, band.right(), band.bottom(), scale.max());

        StringBuilder sb = new StringBuilder(4096);
        open(sb, title, w, h);
        grid(sb, frame, scale);

        double bandW = g == 0 ? frame.width() : frame.width() / g;
        double gap = s > 1 ? Math.min(4, bandW * 0.04) : 0;
        double barW = s == 0 ? 0 : Math.min((bandW * 0.7 - gap * (s - 1)) / s, 64);
        double groupW = barW * s + gap * (s - 1);
        Double referenceY = reference == null ? null : frame.y(reference);
        for (int gi = 0; gi < g; gi++) {
            double x0 = frame.left() + bandW * (gi + 0.5) - groupW / 2;
            for (int si = 0; si < s; si++) {
                BigDecimal v = cell(vs, gi, si);
                if (v == null) {
                    continue;
                }
                double x = x0 + si * (barW + gap);
                String cls = si < classes.size() ? classes.get(si) : null;
                String tip = (gi < gs.size() && gs.get(gi) != null ? gs.get(gi) : "") + ", "
                        + (si < names.size() && names.get(si) != null ? names.get(si) : "") + ": " + valueText(v) + unitSuffix(unit);
                double y = rect(sb, frame, "bar" + classSuffix(cls), x, barW, v, color(si), tip);
                valueLabel(sb, x + barW / 2, y, v, barW + gap + 2, referenceY);
            }
        }

        axes(sb, frame);
        yTicks(sb, frame, scale);
        yTitle(sb, frame, unit);
        bandLabels(sb, frame, band, bandW);
        referenceLine(sb, frame, reference, referenceLabel);
        drawLegend(sb, legend);
        if (empty) {
            noData(sb, frame);
        }
        return close(sb);
    }

    private static BigDecimal cell(List<List<BigDecimal>> values, int g, int s) {
        if (g >= values.size() || values.get(g) == null || s >= values.get(g).size()) {
            return null;
        }
        return values.get(g).get(s);
    }

    // ------------------------------------------------------------------ shared bar helpers

    /** Horizontal layout of labelled bands: rotates labels when they do not fit, thins them when even that is too tight. */
    private record Band(double left, double right, double bottom, boolean rotated, List<String> labels) {}

    private static Band layoutBands(List<String> labels, int n, int w, int h, double left, double rightMargin) {
        double right = w - rightMargin;
        double maxW = 0;
        for (String label : labels) {
            maxW = Math.max(maxW, textWidth(label, FONT));
        }
        double bandW = n == 0 ? right - left : (right - left) / n;
        if (n == 0 || maxW + 8 <= bandW) {
            return new Band(left, right, h - (FONT + 14), false, labels);
        }
        double sin = Math.sin(Math.toRadians(LABEL_ANGLE));
        double cos = Math.cos(Math.toRadians(LABEL_ANGLE));
        double available = h * 0.4 - FONT - 12;
        List<String> fitted = labels;
        if (maxW * sin > available) {
            int chars = Math.max(4, (int) Math.floor(available / sin / (FONT * CHAR_EM)));
            fitted = new ArrayList<>(labels.size());
            maxW = 0;
            for (String label : labels) {
                String t = truncate(label, chars);
                fitted.add(t);
                maxW = Math.max(maxW, textWidth(t, FONT));
            }
        }
        double firstW = textWidth(fitted.get(0), FONT);
        double newLeft = Math.max(left, firstW * cos - bandW / 2 + 6);
        double bottom = h - (maxW * sin + FONT * cos + 14);
        return new Band(newLeft, right, bottom, true, fitted);
    }

    private static void bandLabels(StringBuilder sb, Frame frame, Band band, double bandW) {
        List<String> labels = band.labels();
        int n = labels.size();
        double need;
        if (band.rotated()) {
            need = (FONT + 3) / Math.sin(Math.toRadians(LABEL_ANGLE));
        } else {
            need = 0;
            for (String label : labels) {
                need = Math.max(need, textWidth(label, FONT) + 8);
            }
        }
        for (int i : visibleLabels(n, bandW, need, Integer.MAX_VALUE)) {
            double cx = frame.left() + bandW * (i + 0.5);
            sb.append("<text class=\"tick x-tick\" x=\"").append(num(cx)).append('"');
            if (band.rotated()) {
                double y = frame.bottom() + 14;
                sb.append(" y=\"").append(num(y)).append("\" text-anchor=\"end\" transform=\"rotate(-").append(num(LABEL_ANGLE))
                        .append(' ').append(num(cx)).append(' ').append(num(y)).append(")\"");
            } else {
                sb.append(" y=\"").append(num(frame.bottom() + 17)).append("\" text-anchor=\"middle\"");
            }
            sb.append(" fill=\"").append(MUTED).append("\">").append(esc(labels.get(i))).append("</text>");
        }
    }

    /** Draws one bar and returns the y of its top edge. */
    private static double rect(StringBuilder sb, Frame frame, String cls, double x, double barW, BigDecimal v, String color, String tip) {
        double y = frame.y(v);
        sb.append("<rect class=\"").append(cls).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" width=\"").append(num(barW)).append("\" height=\"").append(num(frame.bottom() - y))
                .append("\" fill=\"").append(color).append("\"><title>").append(esc(tip)).append("</title></rect>");
        return y;
    }

    /** Prints a bar's value above it; when that would cross the reference line, the value moves just above the line. */
    private static void valueLabel(StringBuilder sb, double cx, double barTop, BigDecimal v, double room, Double referenceY) {
        String text = valueText(v);
        if (textWidth(text, VALUE_FONT) > room) {
            return;
        }
        double baseline = barTop - 5;
        if (referenceY != null && referenceY >= baseline - VALUE_FONT - 1 && referenceY <= baseline + 3) {
            baseline = referenceY - 4;
        }
        sb.append("<text class=\"value\" x=\"").append(num(cx)).append("\" y=\"").append(num(baseline))
                .append("\" text-anchor=\"middle\" font-size=\"").append(VALUE_FONT).append("\" fill=\"").append(TEXT).append("\">")
                .append(esc(text)).append("</text>");
    }

    private static double rightMargin(BigDecimal reference, String referenceLabel, int w) {
        if (reference == null || isBlank(referenceLabel)) {
            return 14;
        }
        return Math.min(w * 0.3, textWidth(truncate(referenceLabel, MAX_REFERENCE_CHARS), FONT) + 12);
    }

    private static void referenceLine(StringBuilder sb, Frame frame, BigDecimal reference, String label) {
        if (reference == null) {
            return;
        }
        double y = frame.y(reference);
        sb.append("<line class=\"reference\" x1=\"").append(num(frame.left())).append("\" y1=\"").append(num(y))
                .append("\" x2=\"").append(num(frame.right())).append("\" y2=\"").append(num(y)).append("\" stroke=\"")
                .append(REFERENCE).append("\" stroke-width=\"1.5\" stroke-dasharray=\"").append(DASH).append("\"/>");
        if (!isBlank(label)) {
            sb.append("<text class=\"reference-label\" x=\"").append(num(frame.right() + 6)).append("\" y=\"").append(num(y + 4))
                    .append("\" fill=\"").append(REFERENCE).append("\">").append(esc(truncate(label, MAX_REFERENCE_CHARS)))
                    .append("</text>");
        }
    }

    // ------------------------------------------------------------------ frame, axes, legend

    private record Frame(double left, double top, double right, double bottom, BigDecimal max) {
        Frame {
            // Degenerate sizes (tiny viewBox, very long legend) still give a drawable, if cramped, plot.
            right = Math.max(right, left + 10);
            bottom = Math.max(bottom, top + 10);
        }

        double width() {
            return right - left;
        }

        double y(BigDecimal v) {
            double d = v == null || v.signum() < 0 ? 0 : v.doubleValue();
            return bottom - d / max.doubleValue() * (bottom - top);
        }
    }

    private static double yAxisWidth(Scale scale, String unit) {
        double tickW = 0;
        for (BigDecimal t : scale.ticks()) {
            tickW = Math.max(tickW, textWidth(plain(t), FONT));
        }
        return 6 + (isBlank(unit) ? 0 : FONT + 8) + tickW + 8;
    }

    private static void grid(StringBuilder sb, Frame frame, Scale scale) {
        for (BigDecimal t : scale.ticks()) {
            if (t.signum() == 0) {
                continue;
            }
            double y = frame.y(t);
            line(sb, "grid", frame.left(), y, frame.right(), y, GRID, null);
        }
    }

    private static void axes(StringBuilder sb, Frame frame) {
        line(sb, "axis", frame.left(), frame.top(), frame.left(), frame.bottom(), AXIS, null);
        line(sb, "axis", frame.left(), frame.bottom(), frame.right(), frame.bottom(), AXIS, null);
    }

    private static void yTicks(StringBuilder sb, Frame frame, Scale scale) {
        for (BigDecimal t : scale.ticks()) {
            double y = frame.y(t);
            sb.append("<text class=\"tick y-tick\" x=\"").append(num(frame.left() - 6)).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\" fill=\"").append(MUTED).append("\">").append(plain(t)).append("</text>");
        }
    }

    private static void yTitle(StringBuilder sb, Frame frame, String unit) {
        if (isBlank(unit)) {
            return;
        }
        double x = 6 + FONT;
        double y = (frame.top() + frame.bottom()) / 2;
        sb.append("<text class=\"axis-title\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" text-anchor=\"middle\" transform=\"rotate(-90 ").append(num(x)).append(' ').append(num(y))
                .append(")\" fill=\"").append(MUTED).append("\">").append(esc(unit)).append("</text>");
    }

    private static void line(StringBuilder sb, String cls, double x1, double y1, double x2, double y2, String stroke, String dash) {
        sb.append("<line class=\"").append(cls).append("\" x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1))
                .append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"1\" shape-rendering=\"crispEdges\"");
        if (dash != null) {
            sb.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        sb.append("/>");
    }

    private static void noData(StringBuilder sb, Frame frame) {
        noData(sb, frame, NO_DATA);
    }

    private static void noData(StringBuilder sb, Frame frame, String message) {
        sb.append("<text class=\"empty\" x=\"").append(num((frame.left() + frame.right()) / 2)).append("\" y=\"")
                .append(num((frame.top() + frame.bottom()) / 2 + 5)).append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"")
                .append(MUTED).append("\">").append(esc(message)).append("</text>");
    }

    private enum Swatch { LINE, DASHED, BOX }

    private record LegendItem(String name, String cssClass, String color, Swatch swatch) {}

    private record PlacedItem(LegendItem item, double x, double y) {}

    private record Legend(List<PlacedItem> items, int rows, double bottom) {}

    private static final double SWATCH_W = 20;
    private static final double LEGEND_ROW = 18;

    private static Legend layoutLegend(List<LegendItem> items, double x0, double maxX) {
        List<PlacedItem> placed = new ArrayList<>();
        double x = x0;
        int row = 0;
        for (LegendItem item : items) {
            double itemW = SWATCH_W + 6 + textWidth(truncate(item.name(), MAX_LEGEND_CHARS), FONT);
            if (x > x0 && x + itemW > maxX) {
                row++;
                x = x0;
            }
            placed.add(new PlacedItem(item, x, 8 + row * LEGEND_ROW + LEGEND_ROW / 2));
            x += itemW + 18;
        }
        int rows = items.isEmpty() ? 0 : row + 1;
        return new Legend(placed, rows, 8 + rows * LEGEND_ROW);
    }

    private static void drawLegend(StringBuilder sb, Legend legend) {
        if (legend.items().isEmpty()) {
            return;
        }
        sb.append("<g class=\"legend\">");
        for (PlacedItem p : legend.items()) {
            LegendItem item = p.item();
            double x = p.x();
            double cy = p.y();
            if (item.swatch() == Swatch.BOX) {
                sb.append("<rect class=\"swatch bar").append(classSuffix(item.cssClass())).append("\" x=\"").append(num(x + 4))
                        .append("\" y=\"").append(num(cy - 6)).append("\" width=\"12\" height=\"12\" fill=\"").append(item.color())
                        .append("\"/>");
            } else {
                sb.append("<line class=\"swatch series").append(classSuffix(item.cssClass())).append("\" x1=\"").append(num(x))
                        .append("\" y1=\"").append(num(cy)).append("\" x2=\"").append(num(x + SWATCH_W)).append("\" y2=\"")
                        .append(num(cy)).append("\" stroke=\"").append(item.color()).append("\" stroke-width=\"2.5\"");
                if (item.swatch() == Swatch.DASHED) {
                    sb.append(" stroke-dasharray=\"").append(DASH).append('"');
                }
                sb.append("/>");
            }
            sb.append("<text class=\"legend-label\" x=\"").append(num(x + SWATCH_W + 6)).append("\" y=\"").append(num(cy + 4))
                    .append("\" fill=\"").append(TEXT).append("\">").append(esc(truncate(item.name(), MAX_LEGEND_CHARS)))
                    .append("</text>");
        }
        sb.append("</g>");
    }

    /**
     * Indices of x labels to show: all when they fit, otherwise every k-th (k chosen so labels never overlap and at most
     * maxLabels show), always the first and the last; a k-th label too close to the last one is dropped.
     */
    static List<Integer> visibleLabels(int n, double stepPx, double needPx, int maxLabels) {
        List<Integer> out = new ArrayList<>();
        if (n <= 0) {
            return out;
        }
        int k = 1;
        if (n > maxLabels) {
            k = (int) Math.ceil((n - 1) / (double) (Math.max(2, maxLabels) - 1));
        }
        if (stepPx > 0 && needPx > stepPx) {
            k = Math.max(k, (int) Math.ceil(needPx / stepPx));
        }
        if (k <= 1) {
            for (int i = 0; i < n; i++) {
                out.add(i);
            }
            return out;
        }
        for (int i = 0; i < n - 1; i += k) {
            if (i == 0 || n - 1 - i >= k) {
                out.add(i);
            }
        }
        if (n > 1 && (n - 1) * stepPx >= needPx) {
            out.add(n - 1);
        }
        return out;
    }

    // ------------------------------------------------------------------ scale

    record Scale(BigDecimal max, List<BigDecimal> ticks) {}

    private static final BigDecimal[] NICE = {
        BigDecimal.ONE, BigDecimal.valueOf(2), new BigDecimal("2.5"), BigDecimal.valueOf(5), BigDecimal.TEN
    };

    /** 0 to a nice maximum &ge; dataMax, in steps of 1, 2, 2.5 or 5 &times; 10^n, 4 to 6 ticks. Zero, negative or no data: 0 to 1. */
    static Scale niceScale(BigDecimal dataMax) {
        BigDecimal m = dataMax == null || dataMax.signum() <= 0 ? BigDecimal.ONE : dataMax;
        double raw = m.doubleValue() / 5.0;
        if (!(raw > 0) || !Double.isFinite(raw)) {
            m = BigDecimal.ONE;
            raw = 0.2;
        }
        int exp = (int) Math.floor(Math.log10(raw));
        double mantissa = raw / Math.pow(10, exp);
        BigDecimal nice = NICE[NICE.length - 1];
        for (BigDecimal candidate : NICE) {
            if (candidate.doubleValue() >= mantissa - 1e-9) {
                nice = candidate;
                break;
            }
        }
        BigDecimal step = nice.scaleByPowerOfTen(exp);
        int count = m.divide(step, 0, RoundingMode.CEILING).intValueExact();
        List<BigDecimal> ticks = new ArrayList<>(count + 1);
        for (int i = 0; i <= count; i++) {
            ticks.add(step.multiply(BigDecimal.valueOf(i)));
        }
        return new Scale(ticks.get(count), List.copyOf(ticks));
    }

    // ------------------------------------------------------------------ text and numbers

    private static void open(StringBuilder sb, String title, int w, int h) {
        String t = esc(title);
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" class=\"chart\" role=\"img\" aria-label=\"").append(t)
                .append("\" font-family=\"sans-serif\" font-size=\"").append(FONT).append("\"><title>").append(t).append("</title>");
    }

    private static String close(StringBuilder sb) {
        return sb.append("</svg>").toString();
    }

    private static int clampWidth(int width) {
        return Math.max(width, 160);
    }

    private static int clampHeight(int height) {
        return Math.max(height, 100);
    }

    private static String color(int i) {
        return PALETTE[i % PALETTE.length];
    }

    private static String classSuffix(String cssClass) {
        return isBlank(cssClass) ? "" : " " + esc(cssClass.strip());
    }

    private static String unitSuffix(String unit) {
        return isBlank(unit) ? "" : " " + unit;
    }

    /** Plain decimal, no exponent, no trailing zeros. */
    static String plain(BigDecimal v) {
        if (v.signum() == 0) {
            return "0";
        }
        return v.stripTrailingZeros().toPlainString();
    }

    /** A value as printed on a bar: at most two decimals, no trailing zeros. */
    private static String valueText(BigDecimal v) {
        return plain(v.setScale(Math.min(Math.max(v.scale(), 0), 2), RoundingMode.HALF_UP));
    }

    /** A coordinate with at most one decimal, always with a dot. */
    static String num(double d) {
        if (!Double.isFinite(d)) {
            d = 0;
        }
        long r = Math.round(d * 10);
        long whole = r / 10;
        long tenth = Math.abs(r % 10);
        String s = (r < 0 && whole == 0 ? "-" : "") + whole;
        return tenth == 0 ? s : s + "." + tenth;
    }

    /**
     * Estimated rendered width of sans-serif text. Per-character classes sized on DejaVu Sans (the widest common
     * default), so the estimate errs on the generous side for Arial, Helvetica and Liberation Sans.
     */
    static double textWidth(String s, int fontSize) {
        if (s == null) {
            return 0;
        }
        double em = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            em += glyphEm(cp);
        }
        return em * fontSize;
    }

    private static double glyphEm(int cp) {
        if (cp == ' ') {
            return 0.32;
        }
        if ("ijl|!.,:;'`".indexOf(cp) >= 0) {
            return 0.3;
        }
        if ("fIrt()[]{}-/".indexOf(cp) >= 0) {
            return 0.42;
        }
        if ("mwMW%@".indexOf(cp) >= 0) {
            return 0.92;
        }
        if (cp >= '0' && cp <= '9') {
            return 0.64;
        }
        if (cp >= 'A' && cp <= 'Z') {
            return 0.72;
        }
        if (cp >= 'a' && cp <= 'z') {
            return 0.6;
        }
        if (cp == '\u2026' || cp >= 0x2E80) {
            return 1.0;
        }
        return 0.66;
    }

    private static String truncate(String s, int max) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        if (t.codePointCount(0, t.length()) <= max) {
            return t;
        }
        return t.substring(0, t.offsetByCodePoints(0, max - 1)).stripTrailing() + "\u2026";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** XML-escapes text for element content and attribute values; drops characters XML 1.0 does not allow. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD
                            || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
                    if (allowed) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
