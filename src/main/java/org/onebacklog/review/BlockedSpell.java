package org.onebacklog.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.onebacklog.history.SprintRecord;

/**
 * One spell of blocked work in a sprint, as the review shows it: what stood blocked (a task, or an item when
 * {@code taskId} is null), why, who blocked it, from when to when ({@code to} null: still blocked when the figures
 * were taken), and how long in the team's working days. Plain Java.
 *
 * @param what        the task's title, or the item's
 * @param minutes     how long it stood blocked, up to the figures' moment if it still is
 * @param workingDays working days from the day it was blocked to the day it was unblocked (or the figures' day),
 *                    counted as the board counts a card's age: blocked Friday, unblocked Monday is one
 */
public record BlockedSpell(String itemKey, Long taskId, String what, String reason, String by, Instant from,
        Instant to, long minutes, int workingDays, String fromText, String toText) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    /** The spell of a stoppage, measured up to {@code asOf} if it still runs, in the team's {@code zone}. */
    public static BlockedSpell of(SprintRecord.Stoppage stoppage, String what, Instant asOf, ZoneId zone) {
        Instant until = stoppage.to() != null ? stoppage.to() : asOf;
        Duration length = stoppage.length(asOf);
        return new BlockedSpell(stoppage.itemKey(), stoppage.taskId(), what, stoppage.reason(), stoppage.by(),
                stoppage.from(), stoppage.to(), Math.max(0, length.toMinutes()),
                workingDays(stoppage.from(), until, zone), WHEN.format(stoppage.from().atZone(zone)),
                stoppage.to() == null ? null : WHEN.format(stoppage.to().atZone(zone)));
    }

    /** The working days after the day it began, up to and including the day it ended. */
    static int workingDays(Instant from, Instant to, ZoneId zone) {
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        if (!last.isAfter(first)) {
            return 0;
        }
        return (int) first.plusDays(1).datesUntil(last.plusDays(1)).filter(SprintRecord::isWorkingDay).count();
    }

    public boolean isTask() {
        return taskId != null;
    }

    public boolean stillBlocked() {
        return to == null;
    }

    public long hours() {
        return minutes / 60;
    }

    /** "2 working days" for a spell that crossed a working day, else "5 h" or "20 min". */
    public String length() {
        return length(minutes, workingDays);
    }

    static String length(long minutes, int workingDays) {
        if (workingDays > 0) {
            return workingDays + (workingDays == 1 ? " working day" : " working days");
        }
        if (minutes >= 60) {
            return minutes / 60 + " h";
        }
        return minutes < 1 ? "under a minute" : minutes + " min";
    }

    /** The clock time behind a spell measured in days, which crosses nights and weekends: "(47 h)". */
    public String clockTime() {
        return workingDays > 0 ? hoursOrMinutes(minutes) : null;
    }

    static String hoursOrMinutes(long minutes) {
        return minutes >= 60 ? minutes / 60 + " h" : minutes + " min";
    }
}
