package org.onebacklog.jira;

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
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.failure.Forbidden;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.product.ProductPage;
import org.onebacklog.web.Shell;

/**
 * The Product Owner's page for a Jira export: choose the file and what Tasks and sub-tasks become, see what would
 * be added (and every warning with its line), then import. The same form posts both, so the file is chosen once.
 */
@Path("/products/{key}/import/jira")
@Produces(MediaType.TEXT_HTML)
public class JiraImportPage {

    /** What the panel shows: a preview, the items just added, or why the file was refused. */
    public record Outcome(ImportPlan plan, List<BacklogItem> created, String refusal) {

        static Outcome none() {
            return new Outcome(null, null, null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance jira(Shell shell, String productKey, String productName,
                List<TypeChoice> choices, Outcome outcome);

        static native TemplateInstance jira$outcome(String productKey, Outcome outcome);
    }

    @Inject
    ProductPage productPage;

    @Inject
    JiraImportService imports;

    @GET
    public TemplateInstance show(@PathParam("key") String key) {
        ProductPage.Opened page = productPage.open(key, "backlog");
        if (!page.member().canOrderBacklog()) {
            throw new Forbidden("Only the Product Owner of " + key + " imports items into its backlog");
        }
        return Templates.jira(page.shell(), key, page.product().name, List.of(TypeChoice.values()), Outcome.none());
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response preview(@PathParam("key") String key, @RestForm("csv") FileUpload csv,
            @RestForm String otherTypes, @RestForm String subTasks) {
        return answer(key, () -> new Outcome(imports.preview(key, bytes(csv),
                TypeChoice.parse(otherTypes, "otherTypes", TypeChoice.STORY),
                TypeChoice.parse(subTasks, "subTasks", TypeChoice.SKIP)), null, null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importIssues(@PathParam("key") String key, @RestForm("csv") FileUpload csv,
            @RestForm String otherTypes, @RestForm String subTasks) {
        return answer(key, () -> {
            JiraImportService.Imported imported = imports.importIssues(key, bytes(csv),
                    TypeChoice.parse(otherTypes, "otherTypes", TypeChoice.STORY),
                    TypeChoice.parse(subTasks, "subTasks", TypeChoice.SKIP));
            return new Outcome(imported.plan(), imported.items(), null);
        });
    }

    private interface Step {
        Outcome run();
    }

    /** A file that cannot be read is shown in the panel, where the person looks, with a 400 for the record. */
    private static Response answer(String key, Step step) {
        try {
            return Response.ok(Templates.jira$outcome(key, step.run())).build();
        } catch (InvalidInput refused) {
            String reason = refused.violations().isEmpty() ? refused.getMessage()
                    : refused.violations().get(0).message();
            return Response.status(400).entity(Templates.jira$outcome(key, new Outcome(null, null, reason))).build();
        }
    }

    private static byte[] bytes(FileUpload csv) {
        if (csv == null || csv.uploadedFile() == null) {
            throw new InvalidInput("csv", "Choose the CSV file Jira exported");
        }
        try {
            return Files.readAllBytes(csv.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
