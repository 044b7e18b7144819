package org.onebacklog.tv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onebacklog.board.Board;
import org.onebacklog.board.Task;

/**
 * The board as a TV shows it: one column per board column, its cards in the order the room reads them. Working
 * columns (neither the first nor the last) list the longest-waiting card first, the ones most likely stuck; the last
 * column the most recently finished. How many cards fit is not decided here but measured on the screen itself
 * ({@code js/tv.js}): a column sends up to {@link #SENT} cards and the TV shows as many whole ones as fit, then
 * "and N more"; a crowded first or last column lists its items by title instead, with their counts.
 */
public record TvBoard(List<Column> columns) {

    /**
     * The most cards a column sends: more than any screen shows even as one-line titles (about 40 at 2160 lines),
     * so a column of hundreds does not make every live frame heavy. The rest are counted in "and N more".
     */
    static final int SENT = 60;

    public record Card(long taskId, String itemKey, String title, String assignee, boolean dod, String age,
            String blocked, boolean aging) {
    }

    /** A backlog item and how many of a column's cards are its: what a crowded first or last column lists. */
    public record Story(String itemKey, String title, int count) {
    }

    /**
     * A column; {@code stories} (first and last column only) is what the TV lists instead of the cards when they do
     * not all fit: which items the waiting or the finished work belongs to, by title.
     */
    public record Column(String key, String name, Integer wipLimit, int count, boolean breached, List<Card> cards,
            List<Story> stories) {
        /** The cards the column holds but did not send: the TV adds them to its "and N more". */
        public int unsent() {
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
            List<Card> cards = tasks.stream().limit(SENT)
                    .map(t -> card(t, working ? board.time().ageDays(t) : 0,
                            working && board.time().aging(t, board.firstColumn(), board.doneColumn())))
                    .toList();
            columns.add(new Column(state.key(), state.name(), state.wipLimit(), state.count(), state.breached(),
                    cards, working ? List.of() : stories(board, i)));
        }
        return new TvBoard(columns);
    }

    /** The items with cards in the column, in the board's order, with how many each has there. */
    private static List<Story> stories(Board board, int column) {
        return board.lanes().stream().filter(l -> !l.cells().get(column).isEmpty())
                .map(l -> new Story(l.item().key, l.item().title, l.cells().get(column).size())).toList();
    }

    /** A card with its age in working days, as the board and the stand-up count it (nothing on its first day). */
    private static Card card(Task task, int ageDays, boolean aging) {
        return new Card(task.id, task.item.key, task.title, task.assignee == null ? null : task.assignee.username,
                task.isDodImplied(), ageDays == 0 ? null : ageDays == 1 ? "1 day" : ageDays + " days",
                task.blockedReason, aging);
    }
}
