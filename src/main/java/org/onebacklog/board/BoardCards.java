package org.onebacklog.board;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.backlog.Estimates;

/**
 * A board's cards as HTML, each rendered once per look: a card's view record holds everything it shows (version,
 * title, assignee, remaining, DoD criterion and category, waived, the columns of its move buttons) and is the key of
 * a bounded cache, so a changed card is a new key and never a stale hit. The page and the live messages take their
 * cards from here, so a card looks the same live as after a reload.
 */
@ApplicationScoped
public class BoardCards {

    /** Cards kept: a few boards of 2,000 cards; the least recently shown go first. */
    static final int KEPT = 6000;

    /** A move button: the neighbouring column the card goes to. */
    public record Move(String key, String name) {
    }

    /** Everything a card shows, prepared in Java: the template only prints these strings. */
    public record Card(long id, long version, String title, boolean dod, boolean waived, String assignee,
            String remaining, String meta, String criterion, String category, Move back, Move forward,
            int ageDays, boolean aging, String blocked, boolean changed, String by) {

        /** The card of {@code task} as shown in column {@code column} of {@code board}. */
        static Card of(Task task, Board board, int column) {
            Board.ColumnState left = board.previous(column);
            Board.ColumnState right = board.next(column);
            String assignee = task.assignee == null ? "" : task.assignee.username;
            String remaining = task.remaining == null ? "" : Estimates.format(task.remaining);
            CardTime time = board.time();
            int age = time.ageDays(task);
            String meta = (assignee.isEmpty() ? "unassigned" : assignee) + " · "
                    + (remaining.isEmpty() ? "no estimate" : remaining + " left")
                    + (age > 0 ? " · " + age + "d" : "");
            boolean dod = task.criterion != null;
            return new Card(task.id, task.version, task.title, dod, task.waived, assignee, remaining, meta,
                    dod ? task.criterion.text : null,
                    dod && task.category != null ? task.category.label() : "",
                    left == null ? null : new Move(left.key(), left.name()),
                    right == null ? null : new Move(right.key(), right.name()),
                    age,
                    time.aging(task, board.firstColumn(), board.doneColumn()), task.blockedReason,
                    time.changedSinceStandup(task), task.updatedBy == null ? "" : task.updatedBy.username);
        }
    }

    /** Everything a lane's head shows: the item's key, kind, title and status, and the product's key in links. */
    public record LaneHead(String productKey, String key, org.onebacklog.backlog.ItemKind kind, String title,
            org.onebacklog.backlog.ItemStatus status, String blocked) {

        static LaneHead of(String productKey, BacklogItem item) {
            return new LaneHead(productKey, item.key, item.kind, item.title, item.status, item.blockedReason);
        }
    }

    /** Rendered cards and lane heads by their view records. */
    private final Map<Record, String> rendered = new LinkedHashMap<>(KEPT * 4 / 3, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Record, String> eldest) {
            return size() > KEPT;
        }
    };

    /** The card of {@code task} in column {@code column} of {@code board}; a card with a note is never cached. */
    public RawString html(Task task, Board board, int column, BoardNote note) {
        Card card = Card.of(task, board, column);
        if (note != null && note.isFor(task)) {
            return new RawString(render(card, note));
        }
        return new RawString(cached(card));
    }

    String cached(Card card) {
        return cached(card, () -> render(card, null));
    }

    private String cached(Record view, java.util.function.Supplier<String> render) {
        synchronized (rendered) {
            String html = rendered.get(view);
            if (html != null) {
                return html;
            }
        }
        String html = render.get(); // outside the lock: two renders of one new card are harmless
        synchronized (rendered) {
            rendered.put(view, html);
        }
        return html;
    }

    /**
     * The board's lanes: each lane's head from the cache, then its cells with their cards from the cache. Joined in
     * Java, so a board of 2,000 cards costs 2,000 lookups rather than tens of thousands of template expressions.
     */
    public RawString lanes(org.onebacklog.product.Product product, Board board, BoardNote note) {
        StringBuilder out = new StringBuilder(board.lanes().size() * 4096);
        for (Board.Lane lane : board.lanes()) {
            LaneHead head = LaneHead.of(product.key, lane.item());
            out.append(cached(head, () -> BoardPage.Templates.lane(head, status(lane.item())).render().strip()));
            String key = escape(lane.item().key);
            for (int column = 0; column < lane.cells().size(); column++) {
                String columnKey = escape(board.columns().get(column).key());
                out.append("\n      <div class=\"cell\" data-column=\"").append(columnKey).append("\" data-lane=\"")
                        .append(key).append("\" id=\"cell-").append(key).append('-').append(columnKey).append("\">");
                for (Task task : lane.cells().get(column)) {
                    out.append("\n").append(html(task, board, column, note).getValue());
                }
                out.append("\n      </div>");
            }
            out.append("\n    </div>\n  </section>\n  ");
        }
        return new RawString(out.toString());
    }

    /** Keys are plain (letters, digits, dashes), but an attribute is escaped all the same. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A card rendered now, from its view record, bypassing the cache. */
    String render(Card card, BoardNote note) {
        return BoardPage.Templates.card(card, note).render().strip();
    }

    /** A column's head: its name, count and WIP state. */
    public RawString head(Board.ColumnState column) {
        return new RawString(BoardPage.Templates.columnHead(column).render().strip());
    }

    /** A lane's status badge: it follows the item's tasks. */
    public RawString status(BacklogItem item) {
        record Status(String key, org.onebacklog.backlog.ItemStatus status) {
        }
        Status view = new Status(item.key, item.status);
        return new RawString(cached(view, () -> BoardPage.Templates.laneStatus(item).render().strip()));
    }

    int size() {
        synchronized (rendered) {
            return rendered.size();
        }
    }
}
