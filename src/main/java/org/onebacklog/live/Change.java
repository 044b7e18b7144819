package org.onebacklog.live;

/**
 * Something changed in a product: what kind of thing ({@link #TASK}, {@link #ITEM}, {@link #PLAN}, …). Services
 * fire it as a CDI event inside their transaction; it travels on only after the commit. It carries no HTML: each
 * instance renders for its own connections. {@code detail}: the task's id for a task change (null: any task).
 */
public record Change(String productKey, String what, String detail) {

    public Change(String productKey, String what) {
        this(productKey, what, null);
    }

    /** One task changed (added, moved, edited, waived): its board sends that card rather than the whole grid. */
    public static Change task(String productKey, long taskId) {
        return new Change(productKey, TASK, Long.toString(taskId));
    }

    /** The task a {@link #TASK} change names, or null when it stands for any number of them (a whole view). */
    public Long taskId() {
        if (!TASK.equals(what) || detail == null) {
            return null;
        }
        try {
            return Long.valueOf(detail);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static final String TASK = "task";
    public static final String ITEM = "item";
    public static final String PLAN = "plan";
    public static final String COLUMN = "column";
    public static final String SPRINT = "sprint";
    public static final String DOD = "dod";
    /**
     * The stand-up walk moved on or ended: only views that follow it ({@link LiveView#followsTheStandup()}, the TV)
     * change; the others are sent the number alone.
     */
    public static final String STANDUP = "standup";
    /**
     * A display's views or rotation changed: only the TVs' frame, which carries every display's rotation, changes;
     * the other views are sent the number alone, as for a stand-up step.
     */
    public static final String DISPLAY = "display";
    /** A display token was revoked: its TVs are disconnected at once ({@code detail} is the token's id). */
    public static final String DISPLAY_REVOKED = "display-revoked";
}
