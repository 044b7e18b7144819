package org.onebacklog.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.product.Product;

/**
 * The board's fragments for live updates, from the same templates and card cache the page uses, so a card looks
 * the same live as after a reload. No per-person content: role controls are switched by the page. A change of a
 * few cards sends those cards; a change of the board's structure sends the grid.
 */
@ApplicationScoped
public class BoardFragments {

    /** More changed cards than this in one message: the grid is about as cheap and surely right. */
    public static final int MOST_CARDS = 24;

    @Inject
    BoardService boards;

    @Inject
    BoardCards cards;

    /** The board grid of the product's active sprint, marked for an out-of-band swap. */
    public String liveGrid(String productKey) {
        Product product = Product.byKey(productKey).orElse(null);
        if (product == null) {
            return "";
        }
        Long sprint = BoardPage.activeSprint(product);
        String html = BoardPage.Templates.board$grid(product, sprint == null ? null : boards.shape(product, sprint),
                BoardPage.team(product), null, BoardNote.NONE, cards).render();
        return html.replaceFirst("<div id=\"board-grid\"", "<div id=\"board-grid\" hx-swap-oob=\"outerHTML\"");
    }

    /**
     * What changed cards change on an open board, as out-of-band swaps by stable ids: each card is deleted where
     * it was, then inserted in its current cell before the card that now follows it (or at the cell's end); then
     * the column heads (counts, WIP) and the status of the lanes touched. Cards of a cell are inserted bottom up,
     * so the card each one goes before is already in place. Four queries whatever the board's size. Null when
     * there is no active sprint (the grid says so).
     */
    public String liveCards(String productKey, Set<Long> taskIds) {
        Product product = Product.byKey(productKey).orElse(null);
        if (product == null) {
            return "";
        }
        Long sprint = BoardPage.activeSprint(product);
        if (sprint == null) {
            return null;
        }
        List<Columns.Lane> lanes = Columns.of(product);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < lanes.size(); i++) {
            index.put(lanes.get(i).key(), i);
        }
        List<Task> changed = Task.list("select t from Task t join fetch t.item i left join fetch t.criterion"
                + " left join fetch t.assignee where t.id in ?1", taskIds);
        Map<Long, Task> onBoard = new HashMap<>();
        Map<Long, BacklogItem> items = new LinkedHashMap<>();
        for (Task task : changed) {
            if (sprint.equals(task.item.sprintId)) {
                onBoard.put(task.id, task);
                items.put(task.item.id, task.item);
            }
        }
        // Each touched lane's cards, cell by cell, in the board's order (a card of a removed column shows first).
        Map<Long, List<List<Long>>> cells = new HashMap<>();
        if (!items.isEmpty()) {
            List<Object[]> rows = Task.getEntityManager().createQuery("select t.id, t.item.id, t.column from Task t"
                    + " where t.item.id in :items order by t.rank, t.id", Object[].class)
                    .setParameter("items", items.keySet()).getResultList();
            for (Object[] row : rows) {
                List<List<Long>> lane = cells.computeIfAbsent((Long) row[1], k -> {
                    List<List<Long>> empty = new ArrayList<>();
                    lanes.forEach(l -> empty.add(new ArrayList<>()));
                    return empty;
                });
                lane.get(index.getOrDefault((String) row[2], 0)).add((Long) row[0]);
            }
        }
        int[] counts = new int[lanes.size()];
        for (Object[] row : Task.getEntityManager().createQuery("select t.column, count(t) from Task t"
                + " where t.item.sprintId = :sprint group by t.column", Object[].class)
                .setParameter("sprint", sprint).getResultList()) {
            counts[index.getOrDefault((String) row[0], 0)] += ((Number) row[1]).intValue();
        }
        List<Board.ColumnState> columns = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            Columns.Lane lane = lanes.get(i);
            columns.add(new Board.ColumnState(lane.key(), lane.name(), lane.wipLimit(), lane.hard(), counts[i]));
        }
        Board board = new Board(sprint, columns, List.of());

        StringBuilder out = new StringBuilder(4096);
        for (Long id : taskIds) {
            out.append("<article id=\"task-").append(id).append("\" hx-swap-oob=\"delete\"></article>");
        }
        for (BacklogItem item : items.values()) {
            List<List<Long>> lane = cells.get(item.id);
            for (int column = 0; column < lanes.size(); column++) {
                List<Long> cell = lane.get(column);
                for (int i = cell.size() - 1; i >= 0; i--) {
                    Task task = onBoard.get(cell.get(i));
                    if (task == null) {
                        continue;
                    }
                    String target = i + 1 < cell.size() ? "beforebegin:#task-" + cell.get(i + 1)
                            : "beforeend:#cell-" + item.key + "-" + lanes.get(column).key();
                    out.append("<div hx-swap-oob=\"").append(target).append("\">")
                            .append(cards.html(task, board, column, null)).append("</div>");
                }
            }
        }
        for (Board.ColumnState column : columns) {
            out.append(oob(cards.head(column).getValue()));
        }
        for (BacklogItem item : items.values()) {
            out.append(oob(cards.status(item).getValue()));
        }
        return out.toString();
    }

    /** An element that replaces the one of its id: {@code hx-swap-oob="true"} in its opening tag. */
    private static String oob(String html) {
        int end = html.indexOf('>');
        return html.substring(0, end) + " hx-swap-oob=\"true\"" + html.substring(end);
    }
}
