package org.onebacklog.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onebacklog.history.SprintRecord;
import org.onebacklog.sprint.SprintState;

/**
 * A sprint's review: its figures from the record, the titles of its items, and the velocity of the sprints up to
 * it. The page, the TV, the JSON and the CSV are all made from this.
 */
public record SprintReport(long sprintId, String productKey, String productName, String name, String goal,
        SprintState state, LocalDate start, LocalDate end, String unit, SprintRecord.Figures figures,
        Map<String, String> titles, List<VelocityPoint> velocity, int daysLeft, List<BlockedSpell> blocked) {

    /** What one sprint completed; {@code current} marks the sprint of this report. */
    public record VelocityPoint(long sprintId, String sprint, BigDecimal completed, boolean current) {
    }

    /** The moment the figures stand at: the close, or now while the sprint runs. */
    public Instant asOf() {
        return figures.closedAt() != null ? figures.closedAt() : Instant.now();
    }

    public String title(String itemKey) {
        return titles.getOrDefault(itemKey, "");
    }

    public BigDecimal velocityMean() {
        List<VelocityPoint> closed = velocity.stream().filter(v -> v.completed() != null).toList();
        if (closed.isEmpty()) {
            return null;
        }
        return closed.stream().map(VelocityPoint::completed).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(closed.size()), 1, RoundingMode.HALF_UP);
    }

    /** The technical reserve in the product's unit: capacity times the reserved share, when both are known. */
    public BigDecimal reserve() {
        if (figures.capacity() == null || figures.reservedShare() == null) {
            return null;
        }
        return figures.capacity().multiply(figures.reservedShare()).setScale(1, RoundingMode.HALF_UP);
    }

    /** Completed estimate as a share of the committed one, in percent (null when nothing was committed). */
    public Integer completionPercent() {
        BigDecimal committed = figures.committedEstimate();
        if (committed.signum() == 0) {
            return null;
        }
        return figures.completedEstimate().multiply(BigDecimal.valueOf(100))
                .divide(committed, 0, RoundingMode.HALF_UP).intValue();
    }

    /** Technical work's share of what was planned or done, in percent (null when there was none at all). */
    public static Integer technicalPercent(SprintRecord.Split split) {
        BigDecimal total = split.total();
        if (total.signum() == 0) {
            return null;
        }
        return split.technical().multiply(BigDecimal.valueOf(100)).divide(total, 0, RoundingMode.HALF_UP)
                .intValue();
    }

    public Integer plannedTechnicalPercent() {
        return technicalPercent(figures.planned());
    }

    public Integer actualTechnicalPercent() {
        return technicalPercent(figures.actual());
    }

    public Integer reservedPercent() {
        return figures.reservedShare() == null ? null
                : figures.reservedShare().multiply(BigDecimal.valueOf(100)).intValue();
    }

    /** Working days that work stood blocked, spell by spell, added up (two tasks blocked on one day: two). */
    public int blockedWorkingDays() {
        return blocked.stream().mapToInt(BlockedSpell::workingDays).sum();
    }

    /** The total of the blocked spells: "3 working days (52 h)", or "5 h" when none crossed a working day. */
    public String blockedTotal() {
        long minutes = blocked.stream().mapToLong(BlockedSpell::minutes).sum();
        int days = blockedWorkingDays();
        return days > 0 ? BlockedSpell.length(minutes, days) + " (" + BlockedSpell.hoursOrMinutes(minutes) + ")"
                : BlockedSpell.length(minutes, 0);
    }

    public long stillBlocked() {
        return blocked.stream().filter(BlockedSpell::stillBlocked).count();
    }

    /** Every item that was in the sprint at some point, once, for the item table and its CSV. */
    public List<ItemRow> rows() {
        LinkedHashMap<String, ItemRow> rows = new LinkedHashMap<>();
        for (SprintRecord.ItemLine line : figures.committed()) {
            rows.put(line.itemKey(), new ItemRow(line, true, false, false, outcome(line.itemKey())));
        }
        for (SprintRecord.ItemLine line : figures.added()) {
            rows.putIfAbsent(line.itemKey(), new ItemRow(line, false, true, false, outcome(line.itemKey())));
        }
        for (SprintRecord.ItemLine line : figures.removed()) {
            ItemRow row = rows.get(line.itemKey());
            rows.put(line.itemKey(), row == null ? new ItemRow(line, false, false, true, outcome(line.itemKey()))
                    : new ItemRow(row.line(), row.committed(), row.added(), true, outcome(line.itemKey())));
        }
        // The estimate shown is the latest known one: completed or unfinished as the sprint ended.
        return rows.values().stream().map(row -> new ItemRow(current(row.line()), row.committed(), row.added(),
                row.removed(), row.outcome())).toList();
    }

    /** A row of the item table. */
    public record ItemRow(SprintRecord.ItemLine line, boolean committed, boolean added, boolean removed,
            String outcome) {
    }

    private SprintRecord.ItemLine current(SprintRecord.ItemLine line) {
        return java.util.stream.Stream.concat(figures.completed().stream(), figures.notCompleted().stream())
                .filter(l -> l.itemKey().equals(line.itemKey())).findFirst().orElse(line);
    }

    private String outcome(String itemKey) {
        if (figures.completed().stream().anyMatch(l -> l.itemKey().equals(itemKey))) {
            return "completed";
        }
        if (figures.notCompleted().stream().anyMatch(l -> l.itemKey().equals(itemKey))) {
            return figures.isClosed() ? "carried over" : "not done yet";
        }
        return "removed";
    }
}
