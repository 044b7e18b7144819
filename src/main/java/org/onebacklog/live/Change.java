package org.onebacklog.live;

/**
 * Something changed in a product: what kind of thing ({@link #TASK}, {@link #ITEM}, {@link #PLAN}, …). Services
 * fire it as a CDI event inside their transaction; it travels on only after the commit. It carries no HTML: each
 * instance renders for its own connections.
 */
public record Change(String productKey, String what, String detail) {

    public Change(String productKey, String what) {
        this(productKey, what, null);
    }

    public static final String TASK = "task";
    public static final String ITEM = "item";
    public static final String PLAN = "plan";
    public static final String COLUMN = "column";
    public static final String SPRINT = "sprint";
    public static final String DOD = "dod";
    /** A display token was revoked: its TVs are disconnected at once ({@code detail} is the token's id). */
    public static final String DISPLAY_REVOKED = "display-revoked";
}
