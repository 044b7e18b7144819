package org.onebacklog.history;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.onebacklog.backlog.ItemKind;

/**
 * What a sprint's record says: committed and completed work, scope change, the burndown and burnup day by day, the
 * functional/technical split and DoD compliance. Everything is replayed from the {@link Happening}s, so a figure for
 * Tuesday is the same whether it is asked for on Tuesday night or a month later, and whether or not the server was
 * running at midnight. Plain Java: no database, no clock of its own.
 */
public final class SprintRecord {

    /** An item and its estimate at the moment in question. */
    public record ItemLine(String itemKey, ItemKind kind, BigDecimal estimate) {
    }

    /**
     * One working day: at its end, the estimate of unfinished items ({@code remaining}), of finished ones
     * ({@code completed}) and of everything in the sprint ({@code scope}). Null for days still to come;
     * {@code ideal} is the straight line from the commitment down to zero on the last day.
     */
    public record Day(LocalDate date, BigDecimal remaining, BigDecimal completed, BigDecimal scope, BigDecimal ideal) {
    }

    public record Split(BigDecimal functional, BigDecimal technical) {
        public BigDecimal total() {
            return functional.add(technical);
        }
    }

    public record Waiver(long taskId, String itemKey, String reason, String by, Instant at) {
    }

    public record Override(String itemKey, String reason, String by, Instant at) {
    }

    /**
     * A task or (taskId null) an item that stood blocked during the sprint, from when to when (null: still
     * blocked at the end of the record).
     */
    public record Stoppage(String itemKey, Long taskId, String reason, String by, Instant from, Instant to) {

        /** How long it stood blocked, up to {@code until} if it still is. */
        public java.time.Duration length(Instant until) {
            return java.time.Duration.between(from, to == null ? until : to);
        }
    }

    public record Figures(Instant startedAt, Instant closedAt, BigDecimal capacity, BigDecimal reservedShare,
            List<ItemLine> committed, List<ItemLine> completed, List<ItemLine> notCompleted,
            List<ItemLine> added, List<ItemLine> removed, List<Day> days, Split planned, Split actual,
            int itemsDone, int itemsDoneWithAllDodTasks, List<Waiver> waivers, List<Override> overrides,
            List<Stoppage> blocked) {

        public BigDecimal committedEstimate() {
            return sum(committed);
        }

        public BigDecimal completedEstimate() {
            return sum(completed);
        }

        public boolean isClosed() {
            return closedAt != null;
        }

        /** Committed items without an estimate: they count as 0 in every figure, which the review says. */
        public long unestimatedCommitted() {
            return committed.stream().filter(line -> line.estimate() == null).count();
        }
    }

    private SprintRecord() {
    }

    /**
     * Replays a sprint's record up to its close, or up to {@code now} while it runs. Returns null if the record
     * shows no start: a sprint still being planned has nothing to report yet.
     *
     * @param start      the sprint's first day
     * @param end        its last day
     * @param happenings the sprint's entries and every entry about the items ever committed to it, in any order
     * @param zone       where the team's days begin and end
     */
    public static Figures replay(long sprintId, LocalDate start, LocalDate end, List<Happening> happenings,
            Instant now, ZoneId zone) {
        List<Happening> ordered = happenings.stream().sorted(Comparator.comparing(Happening::at)).toList();
        Instant startedAt = first(ordered, h -> h.kind() == Happening.Kind.SPRINT_STARTED && is(h, sprintId));
        if (startedAt == null) {
            return null;
        }
        Instant closedAt = first(ordered, h -> h.kind() == Happening.Kind.SPRINT_CLOSED && is(h, sprintId));
        Instant until = closedAt != null ? closedAt : now;
        Happening startEntry = ordered.stream()
                .filter(h -> h.kind() == Happening.Kind.SPRINT_STARTED && is(h, sprintId)).findFirst().get();

        State atStart = State.replay(ordered, sprintId, startedAt);
        State atEnd = State.replay(ordered, sprintId, until);

        List<ItemLine> committed = atStart.lines(i -> true);
        List<ItemLine> completed = atEnd.lines(i -> i.done);
        List<ItemLine> notCompleted = atEnd.lines(i -> !i.done);
        int compliant = (int) atEnd.items.values().stream()
                .filter(i -> i.inSprint && i.done)
                .filter(i -> atEnd.tasksOf(i.key).stream().filter(t -> t.dod).allMatch(t -> t.done && !t.waived))
                .count();

        List<Day> days = days(ordered, sprintId, start, end, startedAt, closedAt, until, zone, sum(committed));
        return new Figures(startedAt, closedAt, startEntry.amount(), startEntry.reservedShare(), committed,
                completed, notCompleted, atEnd.added, atEnd.removed, days, atStart.split(false),
                atEnd.split(true), completed.size(), compliant, atEnd.waivers, atEnd.overrides, atEnd.stoppages());
    }

    /** Monday to Friday. A sprint that lies entirely on a weekend counts every day. */
    public static List<LocalDate> workingDays(LocalDate first, LocalDate last) {
        List<LocalDate> all = first.datesUntil(last.plusDays(1)).toList();
        List<LocalDate> working = all.stream().filter(SprintRecord::isWorkingDay).toList();
        return working.isEmpty() ? all : working;
    }

    public static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static List<Day> days(List<Happening> ordered, long sprintId, LocalDate start, LocalDate end,
            Instant startedAt, Instant closedAt, Instant until, ZoneId zone, BigDecimal committed) {
        LocalDate last = end;
        if (closedAt != null && closedAt.atZone(zone).toLocalDate().isAfter(end)) {
            last = closedAt.atZone(zone).toLocalDate(); // the sprint ran late: its extra days count too
        }
        List<LocalDate> dates = workingDays(start, last);
        List<Day> days = new ArrayList<>();
        int n = dates.size();
        for (int i = 0; i < n; i++) {
            LocalDate date = dates.get(i);
            BigDecimal ideal = committed.multiply(BigDecimal.valueOf(n - 1 - i))
                    .divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
            if (date.atStartOfDay(zone).toInstant().isAfter(until)) {
                days.add(new Day(date, null, null, null, ideal));
                continue;
            }
            Instant endOfDay = date.plusDays(1).atStartOfDay(zone).toInstant();
            // Days before a late start show the commitment: what happened then was still planning.
            Instant moment = endOfDay.isBefore(startedAt) ? startedAt : endOfDay.isBefore(until) ? endOfDay : until;
            State state = State.replay(ordered, sprintId, moment);
            BigDecimal scope = sum(state.lines(x -> true));
            BigDecimal completed = sum(state.lines(x -> x.done));
            days.add(new Day(date, scope.subtract(completed), completed, scope, ideal));
        }
        return days;
    }

    private static boolean is(Happening h, long sprintId) {
        return h.sprintId() != null && h.sprintId() == sprintId;
    }

    private static Instant first(List<Happening> ordered, Predicate<Happening> test) {
        return ordered.stream().filter(test).map(Happening::at).findFirst().orElse(null);
    }

    static BigDecimal sum(List<ItemLine> lines) {
        return lines.stream().map(ItemLine::estimate).map(e -> e == null ? BigDecimal.ZERO : e)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The items and tasks as the record leaves them at one moment. */
    private static final class State {

        final Map<String, ItemState> items = new LinkedHashMap<>();
        final Map<Long, TaskState> tasks = new LinkedHashMap<>();
        final List<ItemLine> added = new ArrayList<>();
        final List<ItemLine> removed = new ArrayList<>();
        final List<Waiver> waivers = new ArrayList<>();
        final List<Override> overrides = new ArrayList<>();
        /** Blocks of this sprint's work, by "task:id" or "item:key", in the order they began. */
        final Map<String, Stoppage> blocks = new LinkedHashMap<>();
        final List<Stoppage> ended = new ArrayList<>();
        Instant startedAt;

        static State replay(List<Happening> ordered, long sprintId, Instant until) {
            State state = new State();
            for (Happening h : ordered) {
                if (h.at().isAfter(until)) {
                    break;
                }
                state.apply(h, sprintId);
            }
            return state;
        }

        void apply(Happening h, long sprintId) {
            boolean here = is(h, sprintId);
            switch (h.kind()) {
                case SPRINT_STARTED -> {
                    if (here) {
                        startedAt = h.at();
                    }
                }
                case SPRINT_CLOSED, CARRIED_OVER -> {
                    // Carried-over items stay in the sprint's scope: they were part of it and not finished.
                }
                case COMMITTED -> {
                    ItemState item = item(h.itemKey());
                    item.kind = h.itemKind();
                    item.estimate = h.amount();
                    if (here) {
                        item.inSprint = true;
                        if (startedAt != null) {
                            added.add(new ItemLine(h.itemKey(), item.kind, item.estimate));
                        }
                    }
                }
                case REMOVED -> {
                    ItemState item = item(h.itemKey());
                    if (here && item.inSprint) {
                        item.inSprint = false;
                        if (startedAt != null) {
                            removed.add(new ItemLine(h.itemKey(), item.kind, item.estimate));
                        }
                    }
                }
                case OVERRIDDEN -> {
                    if (here) {
                        overrides.add(new Override(h.itemKey(), h.reason(), h.by(), h.at()));
                    }
                }
                case ITEM_CHANGED -> {
                    ItemState item = item(h.itemKey());
                    if (h.itemKind() != null) {
                        item.kind = h.itemKind();
                    }
                    item.estimate = h.amount();
                }
                case ITEM_STATUS -> item(h.itemKey()).done = Boolean.TRUE.equals(h.done());
                case TASK_ADDED -> {
                    TaskState task = task(h.taskId(), h.itemKey());
                    task.estimate = h.amount();
                    task.dod = h.dodTask();
                }
                case TASK_CHANGED -> task(h.taskId(), h.itemKey()).estimate = h.amount();
                case TASK_MOVED -> {
                    TaskState task = task(h.taskId(), h.itemKey());
                    task.done = Boolean.TRUE.equals(h.done());
                    task.doneAt = task.done ? h.at() : null;
                }
                case TASK_WAIVED -> {
                    TaskState task = task(h.taskId(), h.itemKey());
                    task.waived = true;
                    task.dod = true;
                    if (here) {
                        waivers.add(new Waiver(h.taskId(), h.itemKey(), h.reason(), h.by(), h.at()));
                    }
                }
                case TASK_REMOVED -> tasks.remove(h.taskId());
                case TASK_BLOCKED, ITEM_BLOCKED -> {
                    if (here) {
                        blocks.put(blockKey(h), new Stoppage(h.itemKey(), h.taskId(), h.reason(), h.by(), h.at(),
                                null));
                    }
                }
                case TASK_UNBLOCKED, ITEM_UNBLOCKED -> {
                    Stoppage open = blocks.remove(blockKey(h));
                    if (open != null) {
                        ended.add(new Stoppage(open.itemKey(), open.taskId(), open.reason(), open.by(), open.from(),
                                h.at()));
                    }
                }
                case ITEM_ADDED, ITEM_EDITED, ITEM_RANKED, TASK_UNASSIGNED -> {
                    // The item's and the task's pages tell these; they change no figure.
                }
                case ITEM_ARCHIVED, ITEM_RESTORED -> {
                    // Archiving takes an item out of its sprint first (a REMOVED entry); the record keeps it.
                }
                default -> throw new IllegalStateException("Unknown entry " + h.kind());
            }
        }

        private static String blockKey(Happening h) {
            return h.taskId() != null ? "task:" + h.taskId() : "item:" + h.itemKey();
        }

        /** Every block of the sprint's work: ended ones, then those still open, each in the order it began. */
        List<Stoppage> stoppages() {
            List<Stoppage> all = new ArrayList<>(ended);
            all.addAll(blocks.values());
            all.sort(Comparator.comparing(Stoppage::from));
            return all;
        }

        List<ItemLine> lines(Predicate<ItemState> test) {
            return items.values().stream().filter(i -> i.inSprint).filter(test)
                    .map(i -> new ItemLine(i.key, i.kind, i.estimate)).toList();
        }

        List<TaskState> tasksOf(String itemKey) {
            return tasks.values().stream().filter(t -> t.itemKey.equals(itemKey)).toList();
        }

        /**
         * Functional work is stories and bugs; technical work is technical items plus the DoD's tasks. Planned
         * counts what was committed (DoD tasks still open at the start, not waived); actual counts what was finished
         * during this sprint: a carried-over item's DoD task finished in an earlier sprint belongs to that sprint.
         */
        Split split(boolean finishedOnly) {
            BigDecimal functional = BigDecimal.ZERO;
            BigDecimal technical = BigDecimal.ZERO;
            for (ItemState item : items.values()) {
                if (!item.inSprint) {
                    continue;
                }
                if (!finishedOnly || item.done) {
                    if (item.kind == ItemKind.TECHNICAL) {
                        technical = technical.add(orZero(item.estimate));
                    } else {
                        functional = functional.add(orZero(item.estimate));
                    }
                }
                for (TaskState task : tasksOf(item.key)) {
                    boolean counts = finishedOnly ? task.done && finishedHere(task) : !task.done;
                    if (task.dod && !task.waived && counts) {
                        technical = technical.add(orZero(task.estimate));
                    }
                }
            }
            return new Split(functional, technical);
        }

        private boolean finishedHere(TaskState task) {
            return startedAt != null && task.doneAt != null && !task.doneAt.isBefore(startedAt);
        }

        private ItemState item(String key) {
            return items.computeIfAbsent(key, ItemState::new);
        }

        private TaskState task(Long id, String itemKey) {
            return tasks.computeIfAbsent(id, k -> new TaskState(itemKey));
        }
    }

    private static final class ItemState {
        final String key;
        ItemKind kind;
        BigDecimal estimate;
        boolean inSprint;
        boolean done;

        ItemState(String key) {
            this.key = key;
        }
    }

    private static final class TaskState {
        final String itemKey;
        BigDecimal estimate;
        boolean dod;
        boolean done;
        Instant doneAt;
        boolean waived;

        TaskState(String itemKey) {
            this.itemKey = itemKey;
        }
    }
}
