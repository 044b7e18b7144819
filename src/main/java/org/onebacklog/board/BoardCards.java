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
            String remaining, String meta, String criterion, String category, Move back, Move forward) {

        static Card of(Task task, Board.ColumnState left, Board.ColumnState right) {
            String assignee = task.assignee == null ? "" : task.assignee.username;
            String remaining = task.remaining == null ? "" : Estimates.format(task.remaining);
            String meta = (assignee.isEmpty() ? "unassigned" : assignee) + " · "
                    + (remaining.isEmpty() ? "no estimate" : remaining + " left");
            boolean dod = task.criterion != null;
            return new Card(task.id, task.version, task.title, dod, task.waived, assignee, remaining, meta,
                    dod ? task.criterion.text : null,
                    dod && task.category != null ? task.category.label() : "",
                    left == null ? null : new Move(left.key(), left.name()),
                    right == null ? null : new Move(right.key(), right.name()));
        }
    }

    private final Map<Card, String> rendered = new LinkedHashMap<>(KEPT * 4 / 3, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Card, String> eldest) {
            return size() > KEPT;
        }
    };

    /** The card of {@code task} in column {@code column} of {@code board}; a card with a note is never cached. */
    public RawString html(Task task, Board board, int column, BoardNote note) {
        Card card = Card.of(task, board.previous(column), board.next(column));
        if (note != null && note.isFor(task)) {
            return new RawString(render(card, note));
        }
        return new RawString(cached(card));
    }

    String cached(Card card) {
        synchronized (rendered) {
            String html = rendered.get(card);
            if (html != null) {
                return html;
            }
        }
        String html = render(card, null); // outside the lock: two renders of one new card are harmless
        synchronized (rendered) {
            rendered.put(card, html);
        }
        return html;
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
        return new RawString(BoardPage.Templates.laneStatus(item).render().strip());
    }

    int size() {
        synchronized (rendered) {
            return rendered.size();
        }
    }
}
