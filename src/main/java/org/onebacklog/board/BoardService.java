package org.onebacklog.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.failure.NotFound;
import org.onebacklog.product.Access;
import org.onebacklog.product.Membership;
import org.onebacklog.product.Product;
import org.onebacklog.product.Role;

/** Reads a sprint's board: three queries (columns, items with labels, tasks), shaped in memory. */
@ApplicationScoped
public class BoardService {

    @Inject
    Access access;

    public Board board(Product product, long sprintId) {
        access.member(product);
        return shape(product, sprintId);
    }

    /**
     * The board without an access check: for live updates, which go only to members' connections, and for TVs,
     * whose display token the caller has checked.
     */
    public Board shape(Product product, long sprintId) {
        List<Columns.Lane> lanes = Columns.of(product);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < lanes.size(); i++) {
            index.put(lanes.get(i).key(), i);
        }
        // Labels are an eager collection: fetched in this query, not one query per batch of lanes.
        List<BacklogItem> items = BacklogItem.list("select distinct i from BacklogItem i left join fetch i.labels"
                + " where i.sprintId = ?1 order by i.rank nulls last, i.id", sprintId);
        // The items are in the session already (the query above): fetching each again with its task read its
        // columns 300 times over for a 300-card board.
        List<Task> tasks = Task.list("select t from Task t left join fetch t.criterion"
                + " left join fetch t.assignee left join fetch t.updatedBy where " + Task.onBoardOf("t", "?1")
                + " order by t.rank, t.id",
                sprintId);
        Map<Long, List<List<Task>>> cells = new HashMap<>();
        int[] counts = new int[lanes.size()];
        for (BacklogItem item : items) {
            List<List<Task>> row = new ArrayList<>();
            lanes.forEach(l -> row.add(new ArrayList<>()));
            cells.put(item.id, row);
        }
        for (Task task : tasks) {
            // A task left in a column that was since removed shows in the first column rather than vanishing.
            int column = index.getOrDefault(task.column, 0);
            cells.get(task.item.id).get(column).add(task);
            counts[column]++;
        }
        List<Board.ColumnState> columns = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            Columns.Lane lane = lanes.get(i);
            columns.add(new Board.ColumnState(lane.key(), lane.name(), lane.wipLimit(), lane.hard(), counts[i]));
        }
        // Open work first: finished lanes go after the open ones, each group in backlog order.
        List<Board.Lane> laneList = items.stream().map(item -> new Board.Lane(item, cells.get(item.id)))
                .sorted(Comparator.comparing(Board.Lane::finished)).toList();
        return new Board(sprintId, columns, laneList, CardTime.of(product, Instant.now()));
    }

    /** Who can hold a card: the product's members except viewers, by name. */
    public List<Membership> team(Product product) {
        return Membership.list("select m from Membership m join fetch m.user u where m.product = ?1 and m.role <> ?2"
                + " order by u.username", product, Role.VIEWER);
    }

    /** The product a sprint's board belongs to. */
    public Product productOfSprint(long sprintId) {
        return Product.find("select s.product from Sprint s where s.id = ?1", sprintId)
                .<Product>firstResultOptional().orElseThrow(() -> new NotFound("There is no sprint " + sprintId));
    }
}
