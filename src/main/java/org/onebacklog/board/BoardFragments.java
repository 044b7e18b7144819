package org.onebacklog.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.live.LiveView;
import org.onebacklog.product.Product;

/**
 * The board's fragments for live updates, from the same templates and card cache the page uses, so a card looks
 * the same live as after a reload. No per-person content: role controls are switched by the page. A change of a
 * few cards sends those cards; a change of the board's structure sends the grid.
 */
@ApplicationScoped
public class BoardFragments implements LiveView {

    /** More changed cards than this in one message: the grid is about as cheap and surely right. */
    public static final int MOST_CARDS = 24;

    @Inject
    BoardService boards;

    @Inject
    BoardCards cards;

    @Override
    public String name() {
        return "board";
    }

    /** The changed cards when a few tasks changed and nothing else, the grid otherwise (or with no active sprint). */
    @Override
    public String render(String productKey, Set<Long> tasks) {
        String cards = tasks == null || tasks.size() > MOST_CARDS ? null : liveCards(productKey, tasks);
        return cards != null ? cards : liveGrid(productKey);
    }

    /** The board grid of the product's active sprint, marked for an out-of-band swap. */
    public String liveGrid(String productKey) {
        Product product = Product.byKey(productKey).orElse(null);
        if (product == null) {
            return "";
        }
        Long sprint = BoardPage.activeSprint(product);
        return BoardPage.Templates.board$grid(product, sprint == null ? null : boards.shape(product, sprint),
                boards.team(product), null, BoardNote.NONE, cards, true).render();
    }

    /**
     * What changed cards change on an open board, as out-of-band swaps by stable ids: each changed card is deleted
     * wherever it is, then the cells it is in now are filled afresh (the changed cards from the cache, the others
     * kept from the page, all in the board's order); then the
     * column heads (counts, WIP) and the status of the lanes touched. Filling whole cells, not inserting before a
     * neighbour, keeps a page right when a neighbour's own move is only in the next message. Four queries whatever
     * the board's size. Null when there is no active sprint (the grid says so).
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
        List<Object[]> touched = Task.getEntityManager().createQuery("select t.id, t.item.id, t.column from Task t"
                + " where t.id in :ids and t.item.sprintId = :sprint", Object[].class)
                .setParameter("ids", taskIds).setParameter("sprint", sprint).getResultList();
        // The cells the changed cards are in now, per lane (a card of a removed column shows in the first).
        Map<Long, Set<Integer>> cellsByItem = new LinkedHashMap<>();
        for (Object[] row : touched) {
            cellsByItem.computeIfAbsent((Long) row[1], k -> new java.util.TreeSet<>())
                    .add(index.getOrDefault((String) row[2], 0));
        }
        Map<Long, BacklogItem> items = new LinkedHashMap<>();
        Map<Long, List<List<Task>>> cells = new HashMap<>();
        if (!cellsByItem.isEmpty()) {
            List<Task> cards = Task.list("select t from Task t join fetch t.item i left join fetch t.criterion"
                    + " left join fetch t.assignee left join fetch t.updatedBy where i.id in ?1 order by t.rank, t.id",
                    cellsByItem.keySet());
            for (Task task : cards) {
                items.putIfAbsent(task.item.id, task.item);
                cells.computeIfAbsent(task.item.id, k -> {
                    List<List<Task>> empty = new ArrayList<>();
                    lanes.forEach(l -> empty.add(new ArrayList<>()));
                    return empty;
                }).get(index.getOrDefault(task.column, 0)).add(task);
            }
        }
        int[] counts = new int[lanes.size()];
        for (Object[] row : Task.getEntityManager().createQuery("select t.column, count(t) from Task t"
                + " where " + Task.onBoardOf("t", ":sprint") + " group by t.column", Object[].class)
                .setParameter("sprint", sprint).getResultList()) {
            counts[index.getOrDefault((String) row[0], 0)] += ((Number) row[1]).intValue();
        }
        List<Board.ColumnState> columns = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            Columns.Lane lane = lanes.get(i);
            columns.add(new Board.ColumnState(lane.key(), lane.name(), lane.wipLimit(), lane.hard(), counts[i]));
        }
        Board board = new Board(sprint, columns, List.of(), CardTime.of(product, Instant.now()));

        StringBuilder out = new StringBuilder(4096);
        for (Long id : taskIds) {
            out.append("<article id=\"task-").append(id).append("\" hx-swap-oob=\"delete\"></article>");
        }
        cellsByItem.forEach((itemId, columnIndexes) -> {
            BacklogItem item = items.get(itemId);
            for (int column : columnIndexes) {
                out.append("<div id=\"cell-").append(item.key).append('-').append(lanes.get(column).key())
                        .append("\" hx-swap-oob=\"innerHTML\">");
                for (Task task : cells.get(itemId).get(column)) {
                    if (taskIds.contains(task.id)) {
                        out.append(cards.html(task, board, column, null));
                    } else {
                        // Unchanged: the page keeps its own card here (htmx hx-preserve), so a move into a cell of
                        // thirty done cards sends one card, not thirty. live.js refetches a page that lacks one.
                        out.append("<article id=\"task-").append(task.id).append("\" hx-preserve></article>");
                    }
                }
                out.append("</div>");
            }
        });
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
