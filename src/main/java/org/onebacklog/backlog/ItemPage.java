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
import org.onebacklog.account.Access;
import org.onebacklog.account.Member;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.product.Product;
import org.onebacklog.web.Form;
import org.onebacklog.web.Shell;

/** One item: its details, and the inline editor. */
@Path("/products/{key}/items/{itemKey}")
@Produces(MediaType.TEXT_HTML)
public class ItemPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance item(Shell shell, Product product, BacklogItem item, int position,
                Form form);

        static native TemplateInstance item$details(Product product, BacklogItem item, int position);

        static native TemplateInstance item$editor(Product product, BacklogItem item, Form form);
    }

    @Inject
    BacklogService backlogs;

    @Inject
    Access access;

    @GET
    public TemplateInstance show(@PathParam("key") String key, @PathParam("itemKey") String itemKey) {
        BacklogItem item = item(key, itemKey);
        Member member = access.member(item.product);
        return Templates.item(Shell.of(member, item.product, "backlog"), item.product, item,
                backlogs.position(item), formOf(item));
    }

    @GET
    @Path("edit")
    public TemplateInstance edit(@PathParam("key") String key, @PathParam("itemKey") String itemKey) {
        BacklogItem item = item(key, itemKey);
        access.contributor(item.product);
        return Templates.item$editor(item.product, item, formOf(item));
    }

    @GET
    @Path("details")
    public TemplateInstance details(@PathParam("key") String key, @PathParam("itemKey") String itemKey) {
        BacklogItem item = item(key, itemKey);
        return Templates.item$details(item.product, item, backlogs.position(item));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("key") String key, @PathParam("itemKey") String itemKey,
            MultivaluedMap<String, String> submitted) {
        BacklogItem item = item(key, itemKey);
        Form form = Form.of(submitted);
        long version;
        try {
            version = Long.parseLong(form.value("version"));
        } catch (NumberFormatException e) {
            throw new InvalidInput("version", "The form lost track of the version; reload the page");
        }
        try {
            BacklogItem saved = backlogs.update(itemKey, version, ItemForms.draft(form, item.status));
            return Response.ok(Templates.item$details(item.product, saved, backlogs.position(saved))).build();
        } catch (InvalidInput invalid) {
            return Response.status(400).entity(Templates.item$editor(item.product, item, form.failed(invalid)))
                    .build();
        } catch (Conflict conflict) {
            // Show the fresh state in the form; what this person typed is not silently applied over it.
            BacklogItem fresh = backlogs.get(itemKey);
            return Response.status(409).entity(Templates.item$editor(fresh.product, fresh,
                    formOf(fresh).message("Someone else changed " + fresh.key + " while you were editing. "
                            + "The form now shows their version; make your change again."))).build();
        }
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
