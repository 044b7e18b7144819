package org.onebacklog.sprint;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.onebacklog.backlog.Estimates;
import org.onebacklog.capacity.PolicyService;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductPage;
import org.onebacklog.product.ProductService;
import org.onebacklog.web.Form;
import org.onebacklog.web.Numbers;
import org.onebacklog.web.Shell;

/**
 * Sprint planning: the backlog on one side, the sprint on the other, and the capacity gauge between them that
 * shows functional load, technical load and the reserve as items are pulled in.
 */
@Path("/products/{key}/planning")
@Produces(MediaType.TEXT_HTML)
public class PlanningPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance planning(Shell shell, Product product, Planning planning, Form sprintForm,
                Form policyForm, Form editForm, String refusal, String refusedItem);

        static native TemplateInstance planning$workspace(Product product, Planning planning, String refusal,
                String refusedItem);
    }

    @Inject
    SprintService sprints;

    @Inject
    Commitments commitments;

    @Inject
    PlanningView planningView;

    @Inject
    ProductService products;

    @Inject
    PolicyService policies;

    @Inject
    ProductPage productPage;

    @GET
    public TemplateInstance show(@PathParam("key") String key, @QueryParam("sprint") Long sprintId) {
        Product product = products.find(key);
        return page(product, sprintId, Form.empty(), null);
    }

    /** Creates the next sprint from the form on the page. */
    @POST
    @Path("sprints")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("key") String key, MultivaluedMap<String, String> submitted) {
        Product product = products.find(key);
        Form form = Form.of(submitted);
        try {
            Sprint sprint = sprints.create(key, draft(form));
            return Response.seeOther(URI.create("/products/" + key + "/planning?sprint=" + sprint.id)).build();
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(page(product, null, form.failed(invalid), null)).build();
        }
    }

    @POST
    @Path("{sprint}/commit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response commit(@PathParam("key") String key, @PathParam("sprint") long sprintId,
            MultivaluedMap<String, String> submitted) {
        Product product = products.find(key);
        Form form = Form.of(submitted);
        try {
            commitments.commit(sprintId, form.value("item"), form.value("reason"));
            return Response.ok(workspace(product, sprintId, null, null)).build();
        } catch (Conflict conflict) {
            return Response.status(409).entity(workspace(product, sprintId, conflict.getMessage(),
                    form.value("item"))).build();
        }
    }

    @POST
    @Path("{sprint}/uncommit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance uncommit(@PathParam("key") String key, @PathParam("sprint") long sprintId,
            MultivaluedMap<String, String> submitted) {
        Product product = products.find(key);
        commitments.uncommit(sprintId, Form.of(submitted).value("item"));
        return workspace(product, sprintId, null, null);
    }

    /** Edits the sprint shown (name, dates, goal, capacity, reserved share for this sprint). */
    @POST
    @Path("{sprint}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("key") String key, @PathParam("sprint") long sprintId,
            MultivaluedMap<String, String> submitted) {
        Product product = products.find(key);
        Form form = Form.of(submitted);
        try {
            SprintDraft base = draft(form);
            BigDecimal share = form.value("reservedPercent").isBlank() ? null
                    : percent(form.value("reservedPercent"), "reservedShareOverride");
            sprints.update(sprintId, new SprintDraft(base.name(), base.goal(), base.start(), base.end(),
                    base.capacity(), share, form.value("shareReason")), version(form));
            return Response.seeOther(URI.create("/products/" + key + "/planning?sprint=" + sprintId)).build();
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(page(product, sprintId, Form.empty(), null, form.failed(invalid)))
                    .build();
        } catch (Conflict conflict) {
            // Keep what the person typed; the sprint's head above the form shows the saved version.
            Sprint fresh = Sprint.findById(sprintId);
            String sent = form.value("version");
            if (fresh != null && !Long.toString(fresh.version).equals(sent)) {
                form.with("version", Long.toString(fresh.version)).message("Someone changed " + fresh.name
                        + " meanwhile: your values are kept in the form, the saved ones are shown above it.");
            } else {
                form.message(conflict.getMessage());
            }
            return Response.status(409).entity(page(product, sprintId, Form.empty(), null, form)).build();
        }
    }

    @POST
    @Path("{sprint}/start")
    public Response start(@PathParam("key") String key, @PathParam("sprint") long sprintId) {
        sprints.start(sprintId);
        return Response.seeOther(URI.create("/products/" + key + "/planning?sprint=" + sprintId)).build();
    }

    @POST
    @Path("{sprint}/close")
    public Response close(@PathParam("key") String key, @PathParam("sprint") long sprintId) {
        sprints.close(sprintId);
        return Response.seeOther(URI.create("/products/" + key + "/planning")).build();
    }

    @POST
    @Path("policy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response policy(@PathParam("key") String key, MultivaluedMap<String, String> submitted) {
        Product product = products.find(key);
        Form form = Form.of(submitted);
        Long sprint = null;
        try {
            sprint = sprintId(form);
            BigDecimal share = percent(form.value("reservedPercent"), "reservedShare");
            policies.set(key, share, form.value("mode"), null);
            return Response.seeOther(URI.create("/products/" + key + "/planning"
                    + (sprint == null ? "" : "?sprint=" + sprint))).build();
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(page(product, sprint, Form.empty(), form.failed(invalid))).build();
        }
    }

    private TemplateInstance page(Product product, Long sprintId, Form sprintForm, Form policyForm) {
        return page(product, sprintId, sprintForm, policyForm, null);
    }

    private TemplateInstance page(Product product, Long sprintId, Form sprintForm, Form policyForm,
            Form editForm) {
        ProductPage.Opened page = productPage.open(product, "planning");
        Planning planning = planningView.planning(product, sprintId);
        Form policy = policyForm != null ? policyForm : Form.empty()
                .with("reservedPercent", Estimates.format(
                        planning.policy().reservedShare.movePointRight(2)))
                .with("mode", planning.policy().mode.name());
        if (sprintForm.value("name").isEmpty() && !sprintForm.hasErrors()) {
            LocalDate start = LocalDate.now();
            sprintForm.with("name", sprints.nextName(product))
                    .with("start", start.toString()).with("end", start.plusDays(13).toString());
        }
        Form edit = editForm;
        if (planning.sprint() != null && (edit == null || !edit.hasErrors() && edit.value("name").isEmpty())) {
            Sprint sprint = planning.sprint();
            String message = edit == null ? null : edit.message();
            edit = Form.empty().with("name", sprint.name).with("goal", sprint.goal)
                    .with("start", sprint.start.toString()).with("end", sprint.end.toString())
                    .with("capacity", Estimates.format(sprint.capacity))
                    .with("reservedPercent", sprint.reservedShareOverride == null ? ""
                            : Estimates.format(sprint.reservedShareOverride.movePointRight(2)))
                    .with("shareReason", sprint.shareOverrideReason).with("version", Long.toString(sprint.version));
            if (message != null && !message.isEmpty()) {
                edit.message(message);
            }
        }
        return Templates.planning(page.shell(), product, planning, sprintForm, policy,
                edit == null ? Form.empty() : edit, null, null);
    }

    private TemplateInstance workspace(Product product, long sprintId, String refusal, String refusedItem) {
        return Templates.planning$workspace(product, planningView.planning(product, sprintId), refusal, refusedItem);
    }

    private static SprintDraft draft(Form form) {
        Checks checks = new Checks();
        LocalDate start = date(form.value("start"), "start", checks);
        LocalDate end = date(form.value("end"), "end", checks);
        BigDecimal capacity = null;
        if (!form.value("capacity").isBlank()) {
            try {
                capacity = Numbers.decimal(form.value("capacity"));
            } catch (NumberFormatException e) {
                checks.add("capacity", "Write the capacity as a number, or leave it empty to use the velocity");
            }
        }
        checks.throwIfAny();
        return new SprintDraft(form.value("name"), form.value("goal"), start, end, capacity, null, null);
    }

    /** The sprint the policy form was sent from, so that the page comes back to it. */
    private static Long sprintId(Form form) {
        try {
            return form.value("sprint").isBlank() ? null : Long.valueOf(form.value("sprint").trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("sprint", "The form lost track of its sprint; reload the planning page");
        }
    }

    private static Long version(Form form) {
        try {
            return Long.valueOf(form.value("version"));
        } catch (NumberFormatException e) {
            throw new InvalidInput("version", "The form lost track of the sprint's version; reload the page");
        }
    }

    private static LocalDate date(String text, String field, Checks checks) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            checks.add(field, "Write the date as YYYY-MM-DD");
            return null;
        }
    }

    private static BigDecimal percent(String text, String field) {
        try {
            return Numbers.decimal(text).movePointLeft(2);
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "Write the reserved share as a percentage, such as 20");
        }
    }
}
