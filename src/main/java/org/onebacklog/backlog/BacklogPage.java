package org.onebacklog.backlog;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.onebacklog.account.Access;
import org.onebacklog.account.Member;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductService;
import org.onebacklog.web.Form;
import org.onebacklog.web.Shell;

/** The backlog page: the awaiting-PO strip, the ordered list, filters, inline create and ordering. */
@Path("/products/{key}/backlog")
@Produces(MediaType.TEXT_HTML)
public class BacklogPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance backlog(Shell shell, Product product, Backlog backlog, BacklogFilter filter,
                List<String> labels, Form form);

        static native TemplateInstance backlog$main(Product product, Backlog backlog, BacklogFilter filter,
                List<String> labels, Form form);

        static native TemplateInstance backlog$lists(Product product, Backlog backlog, BacklogFilter filter);
    }

    @Inject
    BacklogService backlogs;

    @Inject
    ProductService products;

    @Inject
    Access access;

    @GET
    public TemplateInstance show(@PathParam("key") String key, @QueryParam("kind") String kind,
            @QueryParam("label") String label, @QueryParam("q") String text,
            @HeaderParam("HX-Target") String target) {
        Product product = products.find(key);
        Member member = access.member(product);
        BacklogFilter filter = filter(kind, label, text);
        Backlog backlog = backlogs.backlog(key, filter);
        if ("backlog-lists".equals(target)) {
            return Templates.backlog$lists(product, backlog, filter);
        }
        return Templates.backlog(Shell.of(member, product, "backlog"), product, backlog, filter,
                backlogs.labelsInUse(key), newItemForm());
    }

    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("key") String key, MultivaluedMap<String, String> submitted) {
        Product product = products.find(key);
        Form form = Form.of(submitted);
        BacklogFilter filter = filter(form.value("filterKind"), form.value("filterLabel"), form.value("filterQ"));
        try {
            BacklogItem item = backlogs.create(key, ItemForms.draft(form, null));
            Form fresh = newItemForm().with("kind", form.value("kind"))
                    .message("Added " + item.key + (item.isUnranked() ? "; it waits for the Product Owner to place it"
                            : " at the bottom of the backlog"));
            return Response.ok(Templates.backlog$main(product, backlogs.backlog(key, filter), filter,
                    backlogs.labelsInUse(key), fresh)).build();
        } catch (InvalidInput invalid) {
            return Response.status(400)
                    .entity(Templates.backlog$main(product, backlogs.backlog(key, filter), filter,
                            backlogs.labelsInUse(key), form.failed(invalid)))
                    .build();
        }
    }

    /** Drag and drop: place the item after or before a neighbour (or at the top). */
    @POST
    @Path("rank")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance rank(@PathParam("key") String key, MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        String item = backlogs.requireInProduct(form.value("item"), key);
        backlogs.rank(item, form.value("after"), form.value("before"), null);
        return lists(key, form);
    }

    /** Keyboard ordering and the row buttons: up, down, top, bottom. */
    @POST
    @Path("move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance move(@PathParam("key") String key, MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        String item = backlogs.requireInProduct(form.value("item"), key);
        BacklogService.Move move;
        try {
            move = BacklogService.Move.valueOf(form.value("move"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("move", "Move up, down, to the top or to the bottom");
        }
        backlogs.move(item, move, null);
        return lists(key, form);
    }

    private TemplateInstance lists(String key, Form form) {
        BacklogFilter filter = filter(form.value("filterKind"), form.value("filterLabel"), form.value("filterQ"));
        return Templates.backlog$lists(products.find(key), backlogs.backlog(key, filter), filter);
    }

    static void requireSameProduct(BacklogItem item, String productKey) {
        if (!item.product.key.equals(productKey)) {
            throw new org.onebacklog.failure.NotFound("There is no item " + item.key + " in " + productKey);
        }
    }

    private static Form newItemForm() {
        return Form.empty().with("kind", "STORY");
    }

    private static BacklogFilter filter(String kind, String label, String text) {
        ItemKind parsed = null;
        if (kind != null && !kind.isBlank()) {
            try {
                parsed = ItemKind.valueOf(kind.trim());
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("kind", "Unknown kind; use STORY, BUG or TECHNICAL");
            }
        }
        return new BacklogFilter(parsed, label, text);
    }
}
