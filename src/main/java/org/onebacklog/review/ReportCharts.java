package org.onebacklog.review;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onebacklog.history.SprintRecord;

/** The review's charts as server-rendered SVG, from a report: the same pictures on the page, in print and on the TV. */
public final class ReportCharts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);

    private ReportCharts() {
    }

    /** Remaining work at the end of each working day against the ideal line; the first point is the start. */
    public static String burndown(SprintReport report, int width, int height) {
        SprintRecord.Figures f = report.figures();
        List<BigDecimal> remaining = new ArrayList<>();
        List<BigDecimal> ideal = new ArrayList<>();
        remaining.add(f.committedEstimate());
        ideal.add(f.committedEstimate());
        for (SprintRecord.Day day : f.days()) {
            remaining.add(day.remaining());
            ideal.add(day.ideal());
        }
        return Charts.lineChart("Burndown of " + report.name(), labels(f), List.of(
                new Charts.Line("Ideal", "ideal", unlessUnestimated(f, ideal), true),
                new Charts.Line("Remaining", "remaining", unlessUnestimated(f, remaining), false)), report.unit(), width,
                height, NOTHING_ESTIMATED);
    }

    /** Completed work climbing towards the scope; a step in the scope line is scope added or removed. */
    public static String burnup(SprintReport report, int width, int height) {
        SprintRecord.Figures f = report.figures();
        List<BigDecimal> scope = new ArrayList<>();
        List<BigDecimal> completed = new ArrayList<>();
        scope.add(f.committedEstimate());
        completed.add(BigDecimal.ZERO);
        for (SprintRecord.Day day : f.days()) {
            scope.add(day.scope());
            completed.add(day.completed());
        }
        return Charts.lineChart("Burnup of " + report.name(), labels(f), List.of(
                new Charts.Line("Scope", "scope", unlessUnestimated(f, scope), false),
                new Charts.Line("Completed", "completed", unlessUnestimated(f, completed), false)), report.unit(), width,
                height, NOTHING_ESTIMATED);
    }

    /** Said in place of a burndown or burnup of a sprint whose items carry no estimate: a flat zero line says less. */
    static final String NOTHING_ESTIMATED = "No estimated items yet";

    private static List<BigDecimal> unlessUnestimated(SprintRecord.Figures f, List<BigDecimal> values) {
        boolean anyWork = values.stream().anyMatch(v -> v != null && v.signum() > 0)
                || f.committedEstimate().signum() > 0;
        return anyWork ? values : java.util.Collections.nCopies(values.size(), null);
    }

    public static String velocity(SprintReport report, int width, int height) {
        List<Charts.Bar> bars = report.velocity().stream()
                .map(v -> new Charts.Bar(v.sprint(), v.completed(), v.current() ? "current" : "past")).toList();
        BigDecimal mean = report.velocityMean();
        return Charts.barChart("Velocity: completed per sprint", bars, mean,
                mean == null ? null : "mean " + mean.stripTrailingZeros().toPlainString(), report.unit(), width,
                height);
    }

    /** Planned and actual work, functional beside technical, with the technical reserve as a line. */
    public static String split(SprintReport report, int width, int height) {
        SprintRecord.Figures f = report.figures();
        BigDecimal reserve = report.reserve();
        return Charts.groupedBarChart("Functional and technical work, planned and actual",
                List.of("Planned", "Actual"), List.of("Functional", "Technical"),
                List.of("functional", "technical"),
                List.of(List.of(f.planned().functional(), f.planned().technical()),
                        List.of(f.actual().functional(), f.actual().technical())),
                reserve, reserve == null ? null : "reserve " + reserve.stripTrailingZeros().toPlainString(),
                report.unit(), width, height);
    }

    private static List<String> labels(SprintRecord.Figures f) {
        List<String> labels = new ArrayList<>();
        labels.add("Start");
        f.days().forEach(d -> labels.add(DAY.format(d.date())));
        return labels;
    }
}
