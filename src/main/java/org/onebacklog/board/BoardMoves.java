package org.onebacklog.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.onebacklog.account.User;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.backlog.ItemStatus;
import org.onebacklog.events.ItemProgressed;
import org.onebacklog.events.ScrumEvent;
import org.onebacklog.events.TaskMoved;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.product.Access;
import org.onebacklog.product.Member;
import org.onebacklog.product.Product;

/**
 * Moving cards on the board: between columns under the WIP limits, and within a column by rank keys. Moves on one
 * board queue up behind a lock on the product; of two people moving the same card at once, one wins and the other
 * gets the fresh card. The item's status follows its tasks.
 */
@ApplicationScoped
public class BoardMoves {

    @Inject
    Access access;

    /** What happened, for the record, the live views and whoever else observes. */
    @Inject
    Event<ScrumEvent> events;

    /**
     * Where a moved card goes in its column: right after card {@code after}, right before card {@code before}, or at
     * {@code position} counted from 0 among the column's other cards; with none of them (or a named card that has
     * left the column meanwhile), at the bottom.
     */
    public record Placement(Long after, Long before, Integer position) {
        public static Placement at(Integer position) {
            return new Placement(null, null, position);
        }
    }

    public Task move(long id, String column, Long version, Integer position) {
        return move(id, column, version, Placement.at(position));
    }

    /**
     * Moves a task to a column (and a place in it), if nobody changed it since {@code version} and a hard WIP limit
     * allows it. Only this card's row is written: its rank sits between its new neighbours' ranks, so the other
     * cards keep their versions. The item's status follows its tasks.
     */
    @Transactional
    public Task move(long id, String column, Long version, Placement placement) {
        Task task = TaskService.find(id);
        Product product = task.item.product;
        Member member = access.contributor(product);
        List<Columns.Lane> lanes = Columns.of(product);
        Columns.Lane target = lanes.stream().filter(l -> l.key().equals(column)).findFirst().orElse(null);
        Checks checks = new Checks();
        if (target == null) {
            checks.add("column", "Choose one of the board's columns: "
                    + String.join(", ", lanes.stream().map(Columns.Lane::key).toList()));
        }
        if (version == null) {
            checks.add("version", "Send the version you read, so that no one else's move is overwritten");
        }
        if (placement.position() != null && placement.position() < 0) {
            checks.add("position", "A place in the column counts from 0");
        }
        checks.throwIfAny();
        // Moves on one board queue up behind each other: the WIP count and the neighbours' ranks stay exact.
        Product.byKeyForUpdate(product.key);
        TaskService.lockFresh(task);
        // The item's status follows its tasks: read it afresh too, another card of it may just have moved.
        Task.getEntityManager().refresh(task.item);
        TaskService.requireVersion(task, version);
        if (!target.key().equals(task.column) && target.wipLimit() != null && target.hard()
                && task.item.sprintId != null) {
            long inColumn = Task.count("select count(t) from Task t where t.column = ?1 and " + Task.onBoardOf("t",
                    "?2") + " and t.id <> ?3", target.key(), task.item.sprintId, task.id);
            if (inColumn >= target.wipLimit()) {
                throw new Conflict(target.name() + " holds at most " + target.wipLimit() + " tasks at once and is "
                        + "full; finish one there first", TaskView.of(task));
            }
        }
        String done = lanes.get(lanes.size() - 1).key();
        String from = task.column;
        task.rank = rankIn(task, target.key(), placement);
        if (!from.equals(target.key())) {
            task.inColumnSince = Instant.now(); // its age in the column starts again
        }
        task.column = target.key();
        if (done.equals(task.column)) {
            task.remaining = BigDecimal.ZERO;
        }
        task.touch(member.user());
        ItemProgressed progressed = followTasks(task.item, lanes.get(0).key(), done, member.user());
        Task.flush();
        events.fire(new TaskMoved(product.stamp(member.user()), task.ref(), from, task.column,
                done.equals(task.column)));
        if (progressed != null) {
            events.fire(progressed);
        }
        return task;
    }

    /**
     * The rank that puts {@code task} at {@code placement} among the other cards of {@code column} on its board (the
     * item's sprint; an item outside sprints has its own cards only). Respaces that column when the gap is used up
     * or two cards share a rank; respacing writes ranks only, so no one's card version changes.
     */
    private String rankIn(Task task, String column, Placement placement) {
        List<Object[]> cards = column(task, column);
        int place = cards.size();
        int after = indexOf(cards, placement.after());
        int before = indexOf(cards, placement.before());
        if (after >= 0) {
            place = after + 1;
        } else if (before >= 0) {
            place = before;
        } else if (placement.position() != null) {
            place = Math.min(placement.position(), cards.size());
        }
        CardOrder order = CardOrder.at(cards.stream().map(c -> (String) c[1]).toList(), place);
        if (order.respaced() != null) {
            for (int i = 0; i < cards.size(); i++) {
                // A bulk update leaves @Version alone: the order is the board's, not a change to those cards.
                Task.update("rank = ?1 where id = ?2", order.respaced().get(i), cards.get(i)[0]);
            }
        }
        return order.rank();
    }

    /** (id, rank) of the cards in {@code column} on the board of {@code task}, except itself, top first. */
    private static List<Object[]> column(Task task, String column) {
        boolean inSprint = task.item.sprintId != null;
        return Task.getEntityManager().createQuery("select t.id, t.rank from Task t where t.column = :column and "
                        + (inSprint ? Task.onBoardOf("t", ":scope") : "t.item = :scope")
                        + " and t.id <> :id order by t.rank, t.id", Object[].class)
                .setParameter("column", column).setParameter("scope", inSprint ? task.item.sprintId : task.item)
                .setParameter("id", task.id == null ? -1L : task.id).getResultList();
    }

    private static int indexOf(List<Object[]> cards, Long id) {
        if (id == null) {
            return -1;
        }
        for (int i = 0; i < cards.size(); i++) {
            if (id.equals(cards.get(i)[0])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An item's status follows its tasks: all closed is done, all waiting is to do, anything else in progress.
     * Returns what that meant for the item, if its status changed.
     */
    private static ItemProgressed followTasks(BacklogItem item, String first, String done, User by) {
        List<Task> all = Task.list("item", item);
        if (all.isEmpty()) {
            return null;
        }
        ItemStatus status;
        if (all.stream().allMatch(t -> t.isClosed(done))) {
            status = ItemStatus.DONE;
        } else if (all.stream().allMatch(t -> t.waived || first.equals(t.column))) {
            status = ItemStatus.TODO;
        } else {
            status = ItemStatus.IN_PROGRESS;
        }
        if (item.status == status) {
            return null;
        }
        ItemStatus before = item.status;
        item.status = status;
        item.touch(by);
        return new ItemProgressed(item.product.stamp(by), item.ref(), before.name(), status.name());
    }
}
