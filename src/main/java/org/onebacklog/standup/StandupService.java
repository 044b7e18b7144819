package org.onebacklog.standup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.board.BoardService;
import org.onebacklog.board.CardTime;
import org.onebacklog.board.Columns;
import org.onebacklog.board.Task;
import org.onebacklog.history.History;
import org.onebacklog.history.TeamCalendar;
import org.onebacklog.product.Access;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductService;
import org.onebacklog.sprint.Sprint;

/** Reads the stand-up of a product's active sprint: since the last stand-up, or since a moment asked for. */
@ApplicationScoped
public class StandupService {

    @Inject
    ProductService products;

    @Inject
    Access access;

    @Inject
    BoardService boards;

    @Inject
    History history;

    @Inject
    TeamCalendar calendar;

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("EEEE HH:mm", Locale.ENGLISH);

    public Standup standup(String productKey, Instant since) {
        Product product = products.find(productKey);
        access.member(product);
        return read(product, since);
    }

    /** Stand-up mode's walk through the product's board, person by person, since the last stand-up. */
    public StandupSteps steps(Product product) {
        access.member(product);
        return walk(product);
    }

    /** The walk as a TV shows it. No access check: only for a display its token already let in. */
    StandupSteps stepsOnDisplay(Product product) {
        return walk(product);
    }

    /** What the team did since the last stand-up, newest first: the board's "since the stand-up" list. */
    public StandupNews news(String productKey) {
        Product product = products.find(productKey);
        access.member(product);
        Map<String, String> names = new LinkedHashMap<>();
        Columns.of(product).forEach(lane -> names.put(lane.key(), lane.name()));
        Instant since = CardTime.of(product, calendar.now()).lastStandup();
        return StandupNews.of(history.activity(product.id, since), names,
                since.atZone(calendar.zone()).format(SINCE), calendar.now());
    }

    private StandupSteps walk(Product product) {
        Map<String, String> names = new LinkedHashMap<>();
        Columns.of(product).forEach(lane -> names.put(lane.key(), lane.name()));
        Standup standup = read(product, null);
        String since = standup.since().atZone(calendar.zone()).format(SINCE);
        return StandupSteps.of(standup, names, since);
    }

    private Standup read(Product product, Instant since) {
        CardTime time = CardTime.of(product, calendar.now());
        Instant from = since != null ? since : time.lastStandup();
        List<String> team = boards.team(product).stream().map(m -> m.user.username).toList();
        Sprint sprint = Sprint.active(product).orElse(null);
        List<Columns.Lane> lanes = Columns.of(product);
        String first = lanes.get(0).key();
        String done = lanes.get(lanes.size() - 1).key();
        if (sprint == null) {
            return Standup.of(from, null, team, List.of(), List.of(), time, first, done, List.of());
        }
        List<Task> tasks = Task.list("select t from Task t join fetch t.item i left join fetch t.assignee"
                + " where " + Task.onBoardOf("t", "?1") + " order by i.rank nulls last, t.rank, t.id", sprint.id);
        var line = new Standup.SprintLine(sprint.id, sprint.name, sprint.goal,
                calendar.daysLeft(sprint.start, sprint.end));
        List<Standup.BlockedItem> blocked = BacklogItem.<BacklogItem>list("sprintId = ?1 and blockedReason is not null"
                + " order by rank", sprint.id).stream().map(i -> new Standup.BlockedItem(i.key, i.title,
                        i.blockedReason, i.blockedBy == null ? null : i.blockedBy.username)).toList();
        return Standup.of(from, line, team, tasks, history.activity(product.id, from), time, first, done, blocked);
    }
}
