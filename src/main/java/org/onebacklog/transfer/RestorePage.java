package org.onebacklog.transfer;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.onebacklog.account.User;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.product.Access;
import org.onebacklog.web.Shell;

/**
 * The restore page: a backup file (see {@link BackupPage}) is previewed (what would be created, who is missing here)
 * and then imported. One form posts both steps, so the file is chosen once.
 */
@Path("/products/import")
@Produces(MediaType.TEXT_HTML)
public class RestorePage {

    /** What the panel shows: a preview, the product just made, or why the file was refused. */
    public record Outcome(ProductImport.Preview preview, ProductImport.Imported imported, String refusal) {

        static Outcome none() {
            return new Outcome(null, null, null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance restore(Shell shell, Outcome outcome);

        static native TemplateInstance restore$outcome(Outcome outcome);
    }

    @Inject
    Access access;

    @Inject
    ProductImport imports;

    @Inject
    DocumentReader reader;

    @GET
    public TemplateInstance show() {
        User user = access.currentUser();
        return Templates.restore(Shell.of(user.username, user.isAdmin(), "products"), Outcome.none());
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response preview(@RestForm("document") FileUpload file, @RestForm String key) {
        return answer(() -> new Outcome(imports.preview(reader.read(bytes(file)), key), null, null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response restore(@RestForm("document") FileUpload file, @RestForm String key) {
        return answer(() -> new Outcome(null, imports.restore(reader.read(bytes(file)), key), null));
    }

    private interface Step {
        Outcome run();
    }

    /** A refusal is shown in the panel, where the person looks, with its status for the record. */
    private static Response answer(Step step) {
        try {
            return Response.ok(Templates.restore$outcome(step.run())).build();
        } catch (InvalidInput refused) {
            String reason = refused.violations().isEmpty() ? refused.getMessage()
                    : refused.violations().get(0).field() + ": " + refused.violations().get(0).message();
            return Response.status(400).entity(Templates.restore$outcome(new Outcome(null, null, reason))).build();
        } catch (Conflict taken) {
            return Response.status(409).entity(Templates.restore$outcome(new Outcome(null, null,
                    taken.getMessage()))).build();
        }
    }

    private static byte[] bytes(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidInput("document", "Choose the backup file (the product's export)");
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
