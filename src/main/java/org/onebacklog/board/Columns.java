package org.onebacklog.board;

import java.util.List;

/** The board's columns. The last one means done. (Per-product columns come with the board.) */
public final class Columns {

    public static final String TODO = "TODO";
    public static final String DONE = "DONE";
    public static final List<String> DEFAULT = List.of(TODO, "IN_PROGRESS", "REVIEW", DONE);

    private Columns() {
    }

    public static boolean exists(String key) {
        return DEFAULT.contains(key);
    }
}
