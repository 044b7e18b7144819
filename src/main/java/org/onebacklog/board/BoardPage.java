package org.onebacklog.board;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.product.Access;
import org.onebacklog.product.Membership;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductPage;
import org.onebacklog.product.ProductService;
import org.onebacklog.review.ReportCharts;
import org.onebacklog.review.ReviewService;
import org.onebacklog.review.SprintReport;
import org.onebacklog.sprint.Commitments;
import org.onebacklog.sprint.Sprint;
import org.onebacklog.web.Ago;
import org.onebacklog.web.Form;
import org.onebacklog.web.FormBinder;
import org.onebacklog.web.Shell;

/**
 * The sprint board of the stand-up: one swim lane per committed item, task cards in columns, moves by button,
 * keyboard or drag and drop. A move made on a stale card is refused with the fresh board, never applied over
 * someone else's move.
 */
@Path("/products/{key}/board")
@Produces(MediaType.TEXT_HTML)
public class BoardPage {

    private static final String LOST = "The card lost track of its version; reload the board";
    private static final String COLUMNS_LOST = "The form lost track of the version of the columns;"
            + " reload the board and save again";
    private static final String NUMBER = "Write a number, such as 2 or 0.5";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Shell shell, Product product, Board board, List<Membership> team,
                String message, ColumnSet columns, String columnsMessage, BoardNote note, BoardCards cards,
                boolean oob, SprintHeader header);

        /** The grid; {@code oob} marks it for an out-of-band swap (a live message). */
        static native TemplateInstance board$grid(Product product, Board board, List<Membership> team,
                String message, BoardNote note, BoardCards cards, boolean oob);

        /** One card; {@code note} is null unless a refusal belongs to it. */
        static native TemplateInstance card(BoardCards.Card card, BoardNote note);

        static native TemplateInstance columnHead(Board.ColumnState column);

        static native TemplateInstance laneStatus(org.onebacklog.backlog.BacklogItem item);

        /** A lane's opening: its head and the start of its cells (closed by {@link BoardCards#lanes}). */
        static native TemplateInstance lane(BoardCards.LaneHead lane, io.quarkus.qute.RawString status);
    }

    @Inject
    BoardService boards;

    @Inject
    TaskService tasks;

    @Inject
    BoardMoves moves;

    @Inject
    ColumnService columnService;

    @Inject
    ProductService products;

    @Inject
    BoardCards cards;

    @Inject
    ReviewService reviews;

    @Inject
    Commitments commitments;

    @Inject
    ProductPage productPage;

    @Inject
    Access access;

    @GET
    public TemplateInstance show(@PathParam("key") String key) {
        ProductPage.Opened page = productPage.open(key, "board");
        Product product = page.product();
        Long sprint = activeSprint(product);
        return Templates.board(page.shell(), product,
                sprint == null ? null : boards.board(product, sprint), boards.team(product), null, Columns.set(product),
                null, BoardNote.NONE, cards, false, header(product));
    }

    /** The board's columns, as edited in the settings panel: names, order, WIP limits, aging; empty name removes. */
    @POST
    @Path("columns")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response columns(@PathParam("key") String key, MultivaluedMap<String, String> submitted) {
        java.util.List<String> keys = submitted.getOrDefault("key", List.of());
        java.util.List<String> names = submitted.getOrDefault("name", List.of());
        java.util.List<String> limits = submitted.getOrDefault("wip", List.of());
        java.util.List<String> orders = submitted.getOrDefault("order", List.of());
        java.util.List<String> hard = submitted.getOrDefault("hard", List.of());
        java.util.List<String> aging = submitted.getOrDefault("aging", List.of());
        record Row(int order, ColumnService.ColumnDraft draft) {
        }
        java.util.List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isBlank()) {
                continue; // an emptied name removes the column; the empty last row adds nothing
            }
            String columnKey = i < keys.size() && !keys.get(i).isBlank() ? keys.get(i) : null;
            Integer limit = null;
            if (i < limits.size() && !limits.get(i).isBlank()) {
                try {
                    limit = Integer.valueOf(limits.get(i).trim());
                } catch (NumberFormatException e) {
                    throw new InvalidInput("wip", "Write a WIP limit as a whole number, or leave it empty");
                }
            }
            Integer agingDays = null;
            if (i < aging.size() && !aging.get(i).isBlank()) {
                try {
                    agingDays = Integer.valueOf(aging.get(i).trim());
                } catch (NumberFormatException e) {
                    throw new InvalidInput("aging", "Write the aging days as a whole number, or leave it empty");
                }
            }
            int order = i;
            if (i < orders.size() && !orders.get(i).isBlank()) {
                try {
                    order = Integer.parseInt(orders.get(i).trim());
                } catch (NumberFormatException e) {
                    throw new InvalidInput("order", "Write the column's place as a number");
                }
            }
            boolean isHard = columnKey != null ? hard.contains(columnKey) : hard.contains("new");
            rows.add(new Row(order, new ColumnService.ColumnDraft(columnKey, names.get(i), limit, isHard, agingDays)));
        }
        // A new column given the same place as an existing one goes before it (so it lands before Done).
        rows.sort(java.util.Comparator.comparingInt(Row::order).thenComparing(r -> r.draft().key() != null));
        try {
            // Only a form from before the columns had a version, or not from the board page, lacks it.
            FormBinder in = FormBinder.of(Form.of(submitted));
            long version = in.version(COLUMNS_LOST);
            in.errors().throwIfAny();
            columnService.replace(key, rows.stream().map(Row::draft).toList(), version);
            return Response.seeOther(java.net.URI.create("/products/" + key + "/board")).build();
        } catch (Conflict | InvalidInput refused) {
            // Said next to the form, which shows the columns as they are now (and their version, to save again).
            String message = refused instanceof InvalidInput invalid ? invalid.violations().get(0).message()
                    : refused.getMessage();
            ProductPage.Opened page = productPage.open(key, "board");
            Product product = page.product();
            Long sprint = activeSprint(product);
            return Response.status(refused instanceof Conflict ? 409 : 400).entity(Templates.board(
                    page.shell(), product, sprint == null ? null : boards.board(product, sprint),
                    boards.team(product), null, Columns.set(product), message, BoardNote.NONE, cards, false,
                    header(product))).build();
        }
    }

    @POST
    @Path("tasks/{id}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("key") String key, @PathParam("id") long id,
            MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        FormBinder in = FormBinder.of(form);
        long version = in.version(LOST);
        // Drag and drop names the neighbours it dropped between; the position is the fallback.
        Long after = in.id("after", "Expected a whole number");
        Long before = in.id("before", "Expected a whole number");
        in.throwIfAny();
        Integer position = in.whole("position", "A place in the column is a whole number, counted from 0");
        return after(key, id, version, form.value("from"), null, () -> {
            in.throwIfAny();
            moves.move(id, form.value("column"), version, new BoardMoves.Placement(after, before, position));
        });
    }

    @POST
    @Path("tasks/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("key") String key, @PathParam("id") long id,
            MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        FormBinder in = FormBinder.of(form);
        long version = in.version(LOST);
        in.throwIfAny();
        BoardNote typed = new BoardNote(id, null, true,
                submitted.containsKey("assignee") ? form.value("assignee") : null,
                submitted.containsKey("remaining") ? form.value("remaining").trim() : null, null);
        return after(key, id, version, null, typed, () -> {
            // The card's edit form sends some fields only; the others stay as they are.
            TaskDraft draft = TaskDraft.of(tasks.get(id));
            if (typed.typedAssignee() != null) {
                draft = draft.withAssignee(typed.typedAssignee().isEmpty() ? null : typed.typedAssignee());
            }
            if (typed.typedRemaining() != null) {
                draft = draft.withRemaining(in.decimal("remaining", NUMBER));
            }
            in.throwIfAny();
            tasks.update(id, version, draft);
        });
    }

    @POST
    @Path("items/{itemKey}/tasks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("key") String key, @PathParam("itemKey") String itemKey,
            MultivaluedMap<String, String> submitted) {
        FormBinder in = FormBinder.of(Form.of(submitted));
        return after(key, null, null, null, null, () -> {
            BigDecimal estimate = in.decimal("estimate", NUMBER);
            in.throwIfAny();
            tasks.add(itemKey, in.text("title"), estimate, null);
        });
    }

    /**
     * Runs the change, then answers the fresh board. A refused change of one card answers it too, with the reason
     * on that card in people's words and what the person typed kept; other refusals show above the board.
     *
     * @param from the column the person saw the card in (moves), to tell "moved" from "changed"
     * @param typed what the person typed (edits), kept on the card when the edit is refused
     */
    private Response after(String key, Long taskId, Long version, String from, BoardNote typed, Runnable change) {
        Product product = products.find(key);
        String message = null;
        BoardNote note = BoardNote.NONE;
        int status = 200;
        try {
            change.run();
        } catch (Conflict conflict) {
            status = 409;
            if (taskId == null) {
                message = conflict.getMessage();
            } else {
                note = note(product, taskId, version, from, typed, conflict.getMessage());
            }
        } catch (InvalidInput invalid) {
            status = 400;
            message = invalid.violations().get(0).message();
            if (taskId != null) {
                note = typed == null ? new BoardNote(taskId, message, false, null, null, null)
                        : BoardNote.edit(taskId, message, message, typed);
                message = null;
            }
        }
        Long sprint = activeSprint(product);
        return Response.status(status).entity(Templates.board$grid(product,
                sprint == null ? null : boards.board(product, sprint), boards.team(product), message, note, cards,
                false)).build();
    }

    /**
     * The sprint's name, goal, days left, burndown and reserve above the board; null without an active sprint. The
     * burndown replays the sprint's record, so a header is kept for {@link #HEADER_KEPT} per sprint version: a board
     * page stays a few cached cards joined, and the header is at most that old (it is not pushed live either).
     */
    private SprintHeader header(Product product) {
        Sprint sprint = reviews.activeSprint(product);
        if (sprint == null) {
            return null;
        }
        String key = sprint.id + ":" + sprint.version;
        Instant now = Instant.now();
        KeptHeader kept = headers.get(key);
        if (kept != null && kept.at().plus(HEADER_KEPT).isAfter(now)) {
            return kept.header();
        }
        SprintReport report = reviews.currentOf(sprint);
        SprintHeader header = new SprintHeader(sprint.name, sprint.goal, report.daysLeft(),
                new RawString(ReportCharts.burndown(report, 320, 120)),
                SprintHeader.reserveWords(commitments.plan(sprint)));
        if (headers.size() > 200) {
            headers.clear(); // one entry per active sprint: this only trims sprints long closed
        }
        headers.put(key, new KeptHeader(now, header));
        return header;
    }

    private record KeptHeader(Instant at, SprintHeader header) {
    }

    private static final Duration HEADER_KEPT = Duration.ofSeconds(15);

    private static final Map<String, KeptHeader> headers = new ConcurrentHashMap<>();

    /** "Jonas moved this card to Review a minute ago; here it is now." */
    private BoardNote note(Product product, long taskId, Long version, String from, BoardNote typed,
            String refusal) {
        Task fresh = tasks.get(taskId);
        String text = refusal;
        String lead = refusal;
        if (version != null && fresh.version != version) {
            String who = Ago.who(fresh.updatedBy == null ? null : fresh.updatedBy.username,
                    access.currentUser().username);
            String when = Ago.since(fresh.updatedAt, java.time.Instant.now());
            lead = who + " changed this card " + when;
            if (typed != null) {
                text = lead + ": yours is kept below, the saved one is on the card.";
            } else if (from != null && !from.isBlank() && !from.equals(fresh.column)) {
                String column = Columns.of(product).stream().filter(l -> l.key().equals(fresh.column))
                        .map(Columns.Lane::name).findFirst().orElse(fresh.column);
                text = who + " moved this card to " + column + " " + when + "; here it is now.";
            } else {
                text = who + " changed this card " + when + "; here it is now.";
            }
        }
        return typed == null ? new BoardNote(taskId, text, false, null, null, null)
                : BoardNote.edit(taskId, text, lead, typed);
    }

    static Long activeSprint(Product product) {
        return org.onebacklog.sprint.Sprint.activeId(product);
    }
}
