package org.onebacklog.dod;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.failure.NotFound;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductPage;
import org.onebacklog.product.ProductService;
import org.onebacklog.web.Form;
import org.onebacklog.web.Shell;

/**
 * The Definition of Done page: the criteria in order, which of them add a task to every committed story, and
 * the controls to add, reorder and remove them. Each change saves a new version of the DoD.
 */
@Path("/products/{key}/dod")
@Produces(MediaType.TEXT_HTML)
public class DodPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dod(Shell shell, Product product, DefinitionOfDone dod, Form form);

        static native TemplateInstance dod$criteria(Product product, DefinitionOfDone dod, Form form);
    }

    @Inject
    DodService service;

    @Inject
    ProductService products;

    @Inject
    ProductPage productPage;

    @GET
    public TemplateInstance show(@PathParam("key") String key) {
        ProductPage.Opened page = productPage.open(key, "dod");
        Product product = page.product();
        return Templates.dod(page.shell(), product, service.current(key),
                Form.empty().with("estimateKind", "share").with("category", "REFACTORING"));
    }

    @POST
    @Path("criteria")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("key") String key, MultivaluedMap<String, String> submitted) {
        Product product = products.find(key);
        Form form = Form.of(submitted);
        DefinitionOfDone current = service.current(key);
        try {
            List<CriterionDraft> drafts = drafts(current);
            drafts.add(draft(form));
            DefinitionOfDone saved = service.replace(key, drafts, current.version());
            return Response.ok(Templates.dod$criteria(product, saved, Form.empty().with("estimateKind", "share")
                    .with("category", "REFACTORING").message("Added; it applies to items committed from now on.")))
                    .build();
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(Templates.dod$criteria(product, current, form.failed(
                    new InvalidInput(invalid.violations().stream().map(v -> new org.onebacklog.failure.Violation(
                            v.field().replaceFirst("^criteria\\[\\d+]\\.", ""), v.message())).toList()))))
                    .build();
        }
    }

    @POST
    @Path("criteria/{id}/{action}")
    public TemplateInstance change(@PathParam("key") String key, @PathParam("id") long id,
            @PathParam("action") String action) {
        Product product = products.find(key);
        DefinitionOfDone current = service.current(key);
        List<CriterionDraft> drafts = drafts(current);
        int index = -1;
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).id() == id) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotFound("There is no criterion " + id + " in the Definition of Done of " + key);
        }
        switch (action) {
            case "up" -> swap(drafts, index, index - 1);
            case "down" -> swap(drafts, index, index + 1);
            case "remove" -> drafts.remove(index);
            default -> throw new NotFound("Criteria can move up, move down or be removed");
        }
        return Templates.dod$criteria(product, service.replace(key, drafts, current.version()), Form.empty()
                .with("estimateKind", "share").with("category", "REFACTORING"));
    }

    private static void swap(List<CriterionDraft> drafts, int a, int b) {
        if (b >= 0 && b < drafts.size()) {
            CriterionDraft moved = drafts.get(a);
            drafts.set(a, drafts.get(b));
            drafts.set(b, moved);
        }
    }

    private static List<CriterionDraft> drafts(DefinitionOfDone dod) {
        List<CriterionDraft> drafts = new ArrayList<>();
        for (DefinitionOfDone.CriterionView c : dod.criteria()) {
            drafts.add(new CriterionDraft(c.id(), c.text(), c.impliesTask(), c.taskTitle(), c.category(),
                    c.estimate(), c.estimateShare()));
        }
        return drafts;
    }

    private static CriterionDraft draft(Form form) {
        Checks checks = new Checks();
        boolean implies = "on".equals(form.value("impliesTask")) || "true".equals(form.value("impliesTask"));
        TaskCategory category = null;
        BigDecimal estimate = null;
        BigDecimal share = null;
        if (implies) {
            try {
                category = TaskCategory.valueOf(form.value("category"));
            } catch (IllegalArgumentException e) {
                checks.add("category", "Choose a category");
            }
            String amount = form.value("amount").trim().replace(',', '.');
            if (!amount.isEmpty()) {
                try {
                    BigDecimal number = org.onebacklog.web.Numbers.decimal(amount);
                    if ("share".equals(form.value("estimateKind"))) {
                        share = number.movePointLeft(2);
                    } else {
                        estimate = number;
                    }
                } catch (NumberFormatException e) {
                    checks.add("estimate", "Write the estimate as a number");
                }
            }
        }
        checks.throwIfAny();
        return new CriterionDraft(null, form.value("text"), implies, form.value("taskTitle"), category, estimate,
                share);
    }
}
