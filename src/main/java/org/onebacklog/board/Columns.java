package org.onebacklog.board;

import java.util.List;
import org.onebacklog.product.Product;

/**
 * A product's board columns in order. A product that never edited them has the default four; the last column
 * always means done.
 */
public final class Columns {

    /** One column as the board and the API show it; {@code agingDays} null: the team's threshold applies. */
    public record Lane(String key, String name, Integer wipLimit, boolean hard, Integer agingDays) {
    }

    public static final String TODO = "TODO";
    public static final String DONE = "DONE";
    static final List<Lane> DEFAULT = List.of(new Lane(TODO, "To Do", null, false, null),
            new Lane("IN_PROGRESS", "In Progress", null, false, null), new Lane("REVIEW", "Review", null, false, null),
            new Lane(DONE, "Done", null, false, null));

    private Columns() {
    }

    public static List<Lane> of(Product product) {
        return set(product).columns();
    }

    /** The columns with the version of the set, which a change of them must send. */
    public static ColumnSet set(Product product) {
        List<BoardColumn> saved = BoardColumn.list("product = ?1 order by position", product);
        if (saved.isEmpty()) {
            return new ColumnSet(0, DEFAULT);
        }
        return new ColumnSet(saved.get(0).setVersion,
                saved.stream().map(c -> new Lane(c.key, c.name, c.wipLimit, c.wipHard, c.agingDays)).toList());
    }

    public static String doneKey(Product product) {
        List<Lane> lanes = of(product);
        return lanes.get(lanes.size() - 1).key();
    }

    public static String firstKey(Product product) {
        return of(product).get(0).key();
    }
}
