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
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.failure.NotFound;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductPage;
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

        static native TemplateInstance backlog$rows(Product product, Backlog backlog, BacklogFilter filter);
    }

    /**
     * Ranked rows the page shows at once: two to three screenfuls, and with the page around them under 50 KB (pages
     * are not gzipped, see {@link #rows}).
     */
    static final int FIRST_SCREEN = 30;

    /** Ranked rows each sentinel row loads as the person scrolls. */
    static final int PAGE = 50;

    /** The most ranked rows one answer holds, however far the person has scrolled: the rest loads on. */
    static final int MAX_WINDOW = 2000;

    @Inject
    BacklogService backlogs;

    @Inject
    BacklogOrder order;

    @Inject
    BacklogListing listing;

    @Inject
    ProductService products;

    @Inject
    ProductPage productPage;

    @GET
    public TemplateInstance show(@PathParam("key") String key, @QueryParam("kind") String kind,
            @QueryParam("label") String label, @QueryParam("q") String text, @QueryParam("shown") String shown,
            @HeaderParam("HX-Target") String target) {
        ProductPage.Opened page = productPage.open(key, "backlog");
        Product product = page.product();
        BacklogFilter filter = filter(kind, label, text);
        Backlog backlog = listing.window(key, filter, null, window(shown));
        if ("backlog-lists".equals(target)) {
            return Templates.backlog$lists(product, backlog, filter);
        }
        return Templates.backlog(page.shell(), product, backlog, filter,
                listing.labelsInUse(key), newItemForm());
    }

    /**
     * The next page of ranked rows after rank key {@code after}, ending with the sentinel that loads the one after.
     * Gzipped, like the answers to moves: they carry no secret. Whole pages carry the CSRF token next to reflected
     * input (the search), so they stay uncompressed (BREACH).
     */
    @GET
    @Path("rows")
    public TemplateInstance rows(@PathParam("key") String key, @QueryParam("kind") String kind,
            @QueryParam("label") String label, @QueryParam("q") String text, @QueryParam("after") String after) {
        Product product = productPage.open(key, "backlog").product();
        if (after == null || after.isBlank()) {
            throw new InvalidInput("after", "Say after which rank key the rows go on");
        }
        BacklogFilter filter = filter(kind, label, text);
        return Templates.backlog$rows(product, listing.window(key, filter, after.strip(), PAGE), filter);
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
            return Response.ok(Templates.backlog$main(product, listing.window(key, filter, null,
                    window(form.value("shown"))), filter, listing.labelsInUse(key), fresh)).build();
        } catch (InvalidInput invalid) {
            return Response.status(400)
                    .entity(Templates.backlog$main(product, listing.window(key, filter, null,
                            window(form.value("shown"))), filter,
                            listing.labelsInUse(key), form.failed(invalid)))
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
        order.rank(item, form.value("after"), form.value("before"), null);
        return lists(key, form);
    }

    /** Keyboard ordering and the row buttons: up, down, top, bottom. */
    @POST
    @Path("move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance move(@PathParam("key") String key, MultivaluedMap<String, String> submitted) {
        Form form = Form.of(submitted);
        String item = backlogs.requireInProduct(form.value("item"), key);
        BacklogOrder.Move move;
        try {
            move = BacklogOrder.Move.valueOf(form.value("move"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("move", "Move up, down, to the top or to the bottom");
        }
        order.move(item, move, null);
        return lists(key, form);
    }

    /** After a move: the lists again, as many ranked rows as the person had loaded (never the whole backlog). */
    private TemplateInstance lists(String key, Form form) {
        BacklogFilter filter = filter(form.value("filterKind"), form.value("filterLabel"), form.value("filterQ"));
        return Templates.backlog$lists(products.find(key), listing.window(key, filter, null,
                window(form.value("shown"))), filter);
    }

    /** How many ranked rows to answer with: what the page had loaded ({@code shown}), at least the first screen. */
    static int window(String shown) {
        if (shown == null || shown.isBlank()) {
            return FIRST_SCREEN;
        }
        try {
            int rows = Integer.parseInt(shown.strip());
            if (rows < 0) {
                throw new NumberFormatException();
            }
            return Math.min(Math.max(rows, FIRST_SCREEN), MAX_WINDOW);
        } catch (NumberFormatException e) {
            throw new InvalidInput("shown", "The number of rows shown is a whole number of at least 0");
        }
    }

    static void requireSameProduct(BacklogItem item, String productKey) {
        if (!item.product.key.equals(productKey)) {
            throw new NotFound("There is no item " + item.key + " in " + productKey);
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
