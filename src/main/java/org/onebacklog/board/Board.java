package org.onebacklog.board;

import java.util.List;
import org.onebacklog.backlog.BacklogItem;

/**
 * The board of a sprint, shaped for the view: columns with their WIP state, and one swim lane per committed item
 * (in backlog order) holding that item's cards column by column.
 */
public record Board(long sprintId, List<ColumnState> columns, List<Lane> lanes, CardTime time) {

    /** The first column's key: cards there have not started, so they do not age. */
    public String firstColumn() {
        return columns.get(0).key();
    }

    /** The last column's key: done. */
    public String doneColumn() {
        return columns.get(columns.size() - 1).key();
    }

    /** The column left of column {@code index}, or null at the left edge (the card's "←" target). */
    public ColumnState previous(int index) {
        return index > 0 ? columns.get(index - 1) : null;
    }

    /** The column right of column {@code index}, or null at the right edge. */
    public ColumnState next(int index) {
        return index + 1 < columns.size() ? columns.get(index + 1) : null;
    }

    /** A column with how many cards it holds and whether that breaks its WIP limit. */
    public record ColumnState(String key, String name, Integer wipLimit, boolean hard, int count) {
        public boolean breached() {
            return wipLimit != null && count > wipLimit;
        }
    }

    /** One item's swim lane: its cards per column, in the columns' order. */
    public record Lane(BacklogItem item, List<List<Task>> cells) {

        /** Finished: the stand-up folds it away, after the open lanes. */
        public boolean finished() {
            return item.status.isDone();
        }
    }
}
