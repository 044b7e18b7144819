package org.onebacklog.tv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onebacklog.board.Board;
import org.onebacklog.board.Task;

/**
 * The board as a TV shows it: one column per board column, few cards and large. A column with more cards than fit
 * collapses to its count; a working column (neither the first nor the last) then still shows its oldest cards,
 * the ones most likely stuck. Working columns always list the longest-waiting card first.
 */
public record TvBoard(List<Column> columns) {

    /** How many cards a column shows on a 1080-line screen before it collapses. */
    static final int FITS = 5;
    /** How many of the oldest cards a collapsed working column still shows. */
    static final int OLDEST_SHOWN = 3;

    public record Card(long taskId, String itemKey, String title, String assignee, boolean dod, String age,
            String blocked, boolean aging) {
    }

    /** How many of a collapsed column's cards belong to one item. */
    public record ItemCount(String itemKey, int count) {
    }

    public record Column(String key, String name, Integer wipLimit, int count, boolean breached, boolean collapsed,
            List<Card> cards, List<ItemCount> byItem) {
        public int hidden() {
            return count - cards.size();
        }
    }

    /** The board as the TV shows it: a card's age in working days counts from when it came into its column. */
    public static TvBoard of(Board board) {
        int last = board.columns().size() - 1;
        List<List<Task>> byColumn = new ArrayList<>();
        board.columns().forEach(c -> byColumn.add(new ArrayList<>()));
        for (Board.Lane lane : board.lanes()) {
            for (int i = 0; i <= last; i++) {
                byColumn.get(i).addAll(lane.cells().get(i));
            }
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            Board.ColumnState state = board.columns().get(i);
            List<Task> tasks = byColumn.get(i);
            boolean working = i > 0 && i < last;
            Comparator<Task> oldestFirst = Comparator.comparing(t -> t.inColumnSince);
            if (working) {
                tasks.sort(oldestFirst);
            } else if (i == last) {
                tasks.sort(oldestFirst.reversed()); // the most recently finished on top
            }
            boolean collapsed = tasks.size() > FITS;
            List<Task> shown = !collapsed ? tasks : working ? tasks.subList(0, OLDEST_SHOWN) : List.of();
            columns.add(new Column(state.key(), state.name(), state.wipLimit(), state.count(), state.breached(),
                    collapsed, shown.stream().map(t -> card(t, working ? board.time().ageDays(t) : 0,
                            working && board.time().aging(t, board.firstColumn(), board.doneColumn()))).toList(), collapsed && !working ? byItem(board, i) : List.of()));
        }
        return new TvBoard(columns);
    }

    /** A collapsed first or last column still says whose work it holds: its cards counted per item. */
    private static List<ItemCount> byItem(Board board, int column) {
        return board.lanes().stream().filter(l -> !l.cells().get(column).isEmpty())
                .map(l -> new ItemCount(l.item().key, l.cells().get(column).size())).toList();
    }

    /** A card with its age in working days, as the board and the stand-up count it (nothing on its first day). */
    private static Card card(Task task, int ageDays, boolean aging) {
        return new Card(task.id, task.item.key, task.title, task.assignee == null ? null : task.assignee.username,
                task.isDodImplied(), ageDays == 0 ? null : ageDays == 1 ? "1 day" : ageDays + " days",
                task.blockedReason, aging);
    }
}
