package org.onebacklog.board;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.history.Activity;
import org.onebacklog.history.History;
import org.onebacklog.product.Membership;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductPage;
import org.onebacklog.web.Ago;
import org.onebacklog.web.Form;
import org.onebacklog.web.FormBinder;
import org.onebacklog.web.Markdown;

/**
 * A card opened into its detail (a dialog on the board): edit its title, estimate, remaining work, assignee and
 * description; block or unblock it; delete a plain task; the Product Owner waives a DoD task with a reason; and its
 * history. Every action answers the detail again, with what happened or what was refused; the board follows live.
 */
@Path("/products/{key}/board/tasks/{id}/detail")
@Produces(MediaType.TEXT_HTML)
public class TaskDetailPage {

    /** What the detail shows besides the task: the team to assign, the task's history, the columns' names. */
    public record Detail(Product product, TaskView task, boolean dod, String criterion, RawString description,
            List<Membership> team, List<Line> history, Map<String, String> columns, Form form, String message,
            boolean deleted, String reasonOf) {

        /**
         * The form of one action that asks for a reason ({@code block}, {@code waive}): the refused one shows what
         * was typed and its message; the other stays empty (both post a {@code reason}).
         */
        public Form reasonForm(String action) {
            return action.equals(reasonOf) ? form : Form.empty();
        }

        /** A column's name for its key. */
        public String column(String key) {
            return columns.getOrDefault(key, key);
        }
    }

    /** One line of the task's history, in words. */
    public record Line(String when, String who, String what) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(Detail detail);
    }

    @Inject
    ProductPage productPage;

    @Inject
    TaskService tasks;

    @Inject
    TaskBlocking blocking;

    @Inject
    BoardService boards;

    @Inject
    History history;

    @GET
    @Transactional
    public TemplateInstance show(@PathParam("key") String key, @PathParam("id") long id) {
        return detail(key, id, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response save(@PathParam("key") String key, @PathParam("id") long id,
            MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        FormBinder in = FormBinder.of(form);
        long version = in.version("The form lost track of the task's version; open the card again");
        TaskDraft draft = new TaskDraft(in.text("title"),
                in.decimal("estimate", "Write the estimate as a number, such as 2 or 1,5"),
                in.decimal("remaining", "Write the remaining work as a number, such as 2 or 1,5"),
                form.value("assignee").isBlank() ? null : form.value("assignee"), form.value("description"));
        return act(key, id, form, null, "Saved.", () -> {
            in.throwIfAny();
            return tasks.update(id, version, draft);
        });
    }

    @POST
    @Path("block")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response block(@PathParam("key") String key, @PathParam("id") long id,
            MultivaluedMap<String, String> submitted) {
        return withReason(key, id, submitted, "block", "Marked blocked: the board and the TV show it.",
                reason -> blocking.block(id, reason));
    }

    @POST
    @Path("unblock")
    @Transactional
    public Response unblock(@PathParam("key") String key, @PathParam("id") long id) {
        return act(key, id, Form.empty(), null, "Unblocked.", () -> blocking.unblock(id));
    }

    @POST
    @Path("waive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response waive(@PathParam("key") String key, @PathParam("id") long id,
            MultivaluedMap<String, String> submitted) {
        return withReason(key, id, submitted, "waive", "Waived: the review report shows the reason.",
                reason -> tasks.waive(id, reason));
    }

    @POST
    @Path("delete")
    @Transactional
    public Response delete(@PathParam("key") String key, @PathParam("id") long id) {
        Product product = productPage.open(key, "board").product();
        try {
            tasks.remove(id);
        } catch (Conflict refused) {
            return Response.status(409).entity(detail(key, id, null, null, null, refused.getMessage())).build();
        }
        return Response.ok(Templates.detail(new Detail(product, null, false, null, null, List.of(), List.of(),
                Map.of(), Form.empty(), "Deleted. The record keeps that it existed.", true, null))).build();
    }

    /** An action that needs the person's reason (blocking, waiving): the form's {@code reason}. */
    private Response withReason(String key, long id, MultivaluedMap<String, String> submitted, String reasonOf,
            String done, Function<String, Task> action) {
        Form form = Form.of(submitted);
        return act(key, id, form, reasonOf, done, () -> action.apply(form.value("reason")));
    }

    /**
     * Does one thing to the task and shows the detail again: with {@code done}, or with what was refused.
     * {@code reasonOf} names the reason form posted (block, waive), null for the editor.
     */
    private Response act(String key, long id, Form form, String reasonOf, String done, Supplier<Task> action) {
        try {
            action.get();
            return Response.ok(detail(key, id, null, null, null, done)).build();
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(detail(key, id, form, invalid, reasonOf, null)).build();
        } catch (Conflict refused) {
            return Response.status(409).entity(detail(key, id, null, null, null, refused.getMessage())).build();
        }
    }

    private TemplateInstance detail(String key, long id, Form form, String message) {
        return detail(key, id, form, null, null, message);
    }

    /**
     * The detail, its editor showing {@code form} as submitted (refused by {@code invalid}), or the task as saved.
     * A refused reason ({@code reasonOf}) keeps the editor on the task's values: only the reason was posted.
     */
    private TemplateInstance detail(String key, long id, Form form, InvalidInput invalid, String reasonOf,
            String message) {
        Product product = productPage.open(key, "board").product();
        Task task = tasks.get(id);
        if (!task.item.product.id.equals(product.id)) {
            throw new org.onebacklog.failure.NotFound("There is no task " + id + " in " + key);
        }
        Map<String, String> columns = new java.util.LinkedHashMap<>();
        Columns.of(product).forEach(lane -> columns.put(lane.key(), lane.name()));
        Form saved = Form.empty().with("title", task.title)
                .with("estimate", task.estimate == null ? "" : task.estimate.stripTrailingZeros().toPlainString())
                .with("remaining", task.remaining == null ? "" : task.remaining.stripTrailingZeros().toPlainString())
                .with("assignee", task.assignee == null ? "" : task.assignee.username)
                .with("description", task.description).with("version", Long.toString(task.version));
        Form shown = form == null ? saved : reasonOf != null ? saved.with("reason", form.value("reason")) : form;
        if (invalid != null) {
            shown.failed(invalid);
        }
        List<Line> lines = history.ofTask(id).stream().map(a -> line(a, columns)).toList();
        return Templates.detail(new Detail(product, TaskView.of(task), task.isDodImplied(),
                task.isDodImplied() ? task.criterion.text : null,
                task.description == null ? null : new RawString(Markdown.toSafeHtml(task.description)),
                boards.team(product), lines, columns, shown, message, false, reasonOf));
    }

    private static Line line(Activity a, Map<String, String> columns) {
        String what = switch (a.kind()) {
            case TASK_ADDED -> "added it";
            case TASK_CHANGED -> "re-estimated it";
            case TASK_MOVED -> "moved it" + (a.from() == null ? "" : " from " + columns.getOrDefault(a.from(), a.from()))
                    + (a.to() == null ? "" : " to " + columns.getOrDefault(a.to(), a.to()));
            case TASK_WAIVED -> "waived it: " + a.reason();
            case TASK_BLOCKED -> "blocked it: " + a.reason();
            case TASK_UNBLOCKED -> "unblocked it";
            case TASK_REMOVED -> "deleted it";
            case TASK_UNASSIGNED -> "unassigned it: " + a.reason();
            default -> a.kind().name().toLowerCase().replace('_', ' ');
        };
        return new Line(Ago.since(a.at(), Instant.now()), a.actor() == null ? "someone" : a.actor(), what);
    }
}
