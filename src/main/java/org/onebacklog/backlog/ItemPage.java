package org.onebacklog.backlog;

import io.quarkus.qute.CheckedTemplate;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.product.Access;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductPage;
import org.onebacklog.web.Ago;
import org.onebacklog.web.Form;
import org.onebacklog.web.FormBinder;
import org.onebacklog.web.Shell;

/**
 * One item: its details and the inline editor; its sprint, its tasks by board column, its DoD progress and its
 * history; blocking and unblocking it, archiving and restoring it. Those actions answer the page's body again.
 */
@Path("/products/{key}/items/{itemKey}")
@Produces(MediaType.TEXT_HTML)
public class ItemPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance item(Shell shell, Product product, BacklogItem item, int position,
                Form form, SavedVersion saved, ItemOverview overview);

        static native TemplateInstance item$page(Product product, BacklogItem item, int position,
                ItemOverview overview);

        static native TemplateInstance item$details(Product product, BacklogItem item, int position);

        static native TemplateInstance item$editor(Product product, BacklogItem item, Form form,
                SavedVersion saved);
    }

    /** The version someone else saved while this person edited: shown above the form that keeps their text. */
    public record SavedVersion(List<Field> fields) {

        /** One field of the saved item; {@code differs} when it is not what this person typed. */
        public record Field(String label, String value, boolean differs) {
        }

        public static final SavedVersion NONE = new SavedVersion(List.of());

        public boolean shown() {
            return !fields.isEmpty();
        }
    }

    @Inject
    BacklogService backlogs;

    @Inject
    BacklogListing listing;

    @Inject
    Access access;

    @Inject
    ProductPage productPage;

    @Inject
    ItemBlocking blocking;

    @Inject
    ItemWork work;

    @Inject
    ItemHistory history;

    @GET
    public TemplateInstance show(@PathParam("key") String key, @PathParam("itemKey") String itemKey) {
        BacklogItem item = item(key, itemKey);
        return Templates.item(productPage.open(item.product, "backlog").shell(), item.product, item,
                listing.position(item), formOf(item), SavedVersion.NONE, overview(item, Form.empty(), null));
    }

    @POST
    @Path("block")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response block(@PathParam("key") String key, @PathParam("itemKey") String itemKey,
            MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        return act(key, itemKey, form, "Marked blocked: the board and the TV show it.",
                () -> blocking.block(itemKey, form.value("reason")));
    }

    @POST
    @Path("unblock")
    public Response unblock(@PathParam("key") String key, @PathParam("itemKey") String itemKey) {
        return act(key, itemKey, Form.empty(), "Unblocked.", () -> blocking.unblock(itemKey));
    }

    @POST
    @Path("archive")
    public Response archive(@PathParam("key") String key, @PathParam("itemKey") String itemKey) {
        return act(key, itemKey, Form.empty(), "Removed from the backlog and the board. The record keeps it;"
                + " Restore brings it back.", () -> backlogs.archive(itemKey));
    }

    @POST
    @Path("restore")
    public Response restore(@PathParam("key") String key, @PathParam("itemKey") String itemKey) {
        return act(key, itemKey, Form.empty(), "Restored: it awaits the Product Owner's place in the backlog.",
                () -> backlogs.restore(itemKey));
    }

    /**
     * Does one thing to the item and answers the page's body again: with {@code done}, or with what was refused. The
     * item is read only after the write (only its key before), so the page shows it as the write left it.
     */
    private Response act(String key, String itemKey, Form form, String done, Runnable action) {
        backlogs.requireInProduct(itemKey, key);
        int status = 200;
        String message = done;
        try {
            action.run();
        } catch (InvalidInput invalid) {
            form.failed(invalid);
            status = 400;
            message = null;
        } catch (Conflict refused) {
            status = 409;
            message = refused.getMessage();
        }
        BacklogItem item = backlogs.get(itemKey);
        return Response.status(status).entity(Templates.item$page(item.product, item, listing.position(item),
                overview(item, status == 400 ? form : Form.empty(), message))).build();
    }

    private ItemOverview overview(BacklogItem item, Form blockForm, String message) {
        ItemWork.Work shown = work.of(item);
        return new ItemOverview(shown, history.of(item, shown.columnNames()), blockForm, message);
    }

    @GET
    @Path("edit")
    public TemplateInstance edit(@PathParam("key") String key, @PathParam("itemKey") String itemKey) {
        BacklogItem item = item(key, itemKey);
        access.contributor(item.product);
        return Templates.item$editor(item.product, item, formOf(item), SavedVersion.NONE);
    }

    @GET
    @Path("details")
    public TemplateInstance details(@PathParam("key") String key, @PathParam("itemKey") String itemKey) {
        BacklogItem item = item(key, itemKey);
        return Templates.item$details(item.product, item, listing.position(item));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("key") String key, @PathParam("itemKey") String itemKey,
            MultivaluedMap<String, String> submitted) {
        BacklogItem item = item(key, itemKey);
        Form form = Form.of(submitted);
        FormBinder in = FormBinder.of(form);
        long version = in.version("The form lost track of the version; reload the page");
        in.throwIfAny();
        try {
            BacklogItem saved = backlogs.update(itemKey, version, ItemForms.draft(form, item.status));
            return Response.ok(Templates.item$details(item.product, saved, listing.position(saved))).build();
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(Templates.item$editor(item.product, item, form.failed(invalid),
                    SavedVersion.NONE)).build();
        } catch (Conflict conflict) {
            BacklogItem fresh = backlogs.get(itemKey);
            if (fresh.version == version) {
                // Not someone else's edit but a rule (open DoD tasks, say): the reason, and the form as typed.
                return Response.status(409).entity(Templates.item$editor(fresh.product, fresh,
                        form.message(conflict.getMessage()), SavedVersion.NONE)).build();
            }
            // Someone saved first: their version above, this person's text kept in the form, which now carries the
            // fresh version, so saving again means "mine, knowing theirs".
            String who = Ago.who(fresh.updatedBy == null ? null : fresh.updatedBy.username,
                    access.currentUser().username);
            form.with("version", Long.toString(fresh.version)).message(who + " changed this item "
                    + Ago.since(fresh.updatedAt, Instant.now())
                    + ": your text is kept below, the saved version above.");
            return Response.status(409).entity(Templates.item$editor(fresh.product, fresh, form,
                    saved(fresh, form))).build();
        }
    }

    /** The saved item field by field, each marked where it differs from what this person typed. */
    private static SavedVersion saved(BacklogItem fresh, Form typed) {
        Form saved = formOf(fresh);
        List<SavedVersion.Field> fields = new ArrayList<>();
        String[][] shown = {{"kind", "Kind"}, {"status", "Status"}, {"estimate", "Estimate"}, {"title", "Title"},
            {"labels", "Labels"}, {"valueStatement", "Value statement"}, {"description", "Description"}};
        for (String[] field : shown) {
            String value = saved.value(field[0]);
            String label = switch (field[0]) {
                case "kind" -> fresh.kind.label();
                case "status" -> fresh.status.label();
                default -> value.isBlank() ? "(empty)" : value;
            };
            fields.add(new SavedVersion.Field(field[1], label,
                    !value.strip().equals(typed.value(field[0]).strip().replace("\r\n", "\n"))));
        }
        return new SavedVersion(fields);
    }

    private BacklogItem item(String key, String itemKey) {
        BacklogItem item = backlogs.get(itemKey);
        BacklogPage.requireSameProduct(item, key);
        return item;
    }

    private static Form formOf(BacklogItem item) {
        return Form.empty().with("kind", item.kind.name()).with("title", item.title)
                .with("description", item.description).with("estimate", Estimates.format(item.estimate))
                .with("valueStatement", item.valueStatement).with("labels", String.join(", ", item.labels))
                .with("status", item.status.name()).with("version", Long.toString(item.version));
    }
}
