package org.onebacklog.jira;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.onebacklog.backlog.BacklogService;
import org.onebacklog.backlog.ItemKind;
import org.onebacklog.backlog.ItemView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/products/{key}/import/jira}: a Jira "Export issues → CSV (all fields)" file as the body.
 * {@code ?dryRun=true} previews; {@code otherTypes} (default STORY) and {@code subTasks} (default SKIP) say what
 * Tasks, Epics and sub-tasks become.
 */
@Path("/api/v1/products/{key}/import/jira")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Backlog")
public class JiraImportApi {

    /** An item the import would add; {@code rank} is its place among the imported items, null while unranked. */
    public record Planned(int line, String jiraKey, ItemKind kind, String title, String description,
            BigDecimal estimate, List<String> labels, Integer rank, boolean unranked) {
    }

    /** The dry run's answer. */
    public record Preview(List<Planned> wouldCreate, long unranked, List<ImportWarning> warnings) {
    }

    /** The import's answer: the items as the backlog now shows them. */
    public record Result(List<ItemView> created, long unranked, List<ImportWarning> warnings) {
    }

    @Inject
    JiraImportService imports;

    @Inject
    BacklogService backlog;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Transactional
    @APIResponse(responseCode = "200", description = "The dry run's preview: what would be created, and the warnings",
            content = @Content(schema = @Schema(implementation = Preview.class)))
    @APIResponse(responseCode = "201", description = "The items created below the backlog, and the warnings",
            content = @Content(schema = @Schema(implementation = Result.class)))
    @Operation(summary = "Import a Jira CSV export",
            description = "Takes Jira's \"Export issues → CSV (all fields)\" file and adds its issues to the "
                    + "backlog in Jira's rank, in one transaction; with dryRun=true it only previews. Rows that "
                    + "cannot come in as they are give warnings naming their line; an unreadable file is a 400 "
                    + "whose detail names the line. Product Owner only.")
    public Response importIssues(@PathParam("key") String productKey, @QueryParam("dryRun") boolean dryRun,
            @QueryParam("otherTypes") String otherTypes, @QueryParam("subTasks") String subTasks, byte[] csv) {
        TypeChoice others = TypeChoice.parse(otherTypes, "otherTypes", TypeChoice.STORY);
        TypeChoice subs = TypeChoice.parse(subTasks, "subTasks", TypeChoice.SKIP);
        byte[] body = csv == null ? new byte[0] : csv;
        if (dryRun) {
            ImportPlan plan = imports.preview(productKey, body, others, subs);
            return Response.ok(new Preview(planned(plan), plan.unranked(), plan.warnings())).build();
        }
        JiraImportService.Imported imported = imports.importIssues(productKey, body, others, subs);
        List<ItemView> created = imported.items().stream().map(backlog::view).toList();
        return Response.status(Response.Status.CREATED)
                .entity(new Result(created, imported.plan().unranked(), imported.plan().warnings())).build();
    }

    private static List<Planned> planned(ImportPlan plan) {
        List<Planned> planned = new ArrayList<>();
        for (ImportedItem item : plan.items()) {
            var draft = item.draft();
            planned.add(new Planned(item.line(), item.jiraKey(), draft.kind(), draft.title(), draft.description(),
                    draft.estimate(), draft.labels(), plan.place(item), item.unranked()));
        }
        return planned;
    }
}
