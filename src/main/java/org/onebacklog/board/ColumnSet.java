package org.onebacklog.board;

import java.util.List;

/**
 * A product's board columns, in order, as read and written: one version for the whole set, since a change replaces
 * them all. A change sends the version it was made against; a stale one is refused with the set as it is.
 */
public record ColumnSet(long version, List<Columns.Lane> columns) {
}
