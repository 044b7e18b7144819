package org.onebacklog.review;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onebacklog.backlog.Estimates;
import org.onebacklog.history.SprintRecord;

/** {@code GET /api/v1/sprints/{id}/report}: the review's figures as JSON, or its item table as CSV. */
@Tag(name = "Review")
@Path("/api/v1/sprints/{id}/report")
@Authenticated
@Transactional
public class ReportApi {

    public record Amount(int items, BigDecimal estimate) {
    }

    @Schema(name = "ReportItem")
    public record Item(String key, String kind, String title, BigDecimal estimate) {
    }

    public record BurndownDay(LocalDate date, BigDecimal remaining, BigDecimal ideal) {
    }

    public record BurnupDay(LocalDate date, BigDecimal completed, BigDecimal scope) {
    }

    public record Velocity(long sprintId, String sprint, BigDecimal completed) {
    }

    @Schema(name = "ReportWork")
    public record Work(BigDecimal functional, BigDecimal technical) {
    }

    public record Split(BigDecimal reservedShare, BigDecimal capacity, Work planned, Work actual) {
    }

    public record Dod(int itemsDone, int itemsDoneWithAllDodTasks) {
    }

    public record Waiver(long taskId, String itemKey, String reason, String by, Instant at) {
    }

    @Schema(name = "ReportOverride")
    public record Override(String itemKey, String reason, String by, Instant at) {
    }

    /**
     * Work that stood blocked: a task (or, taskId null, an item), from when to when (null: still blocked); its
     * length in hours and in the team's working days (as the review page shows it), and the task's or item's title.
     */
    public record Blocked(String itemKey, Long taskId, String reason, String by, Instant from, Instant to,
            long hours, int workingDays, String title) {
    }

    public record Report(long sprintId, String name, String goal, String state, LocalDate start, LocalDate end,
            String unit, Amount committed, Amount completed, List<Item> completedItems, List<Item> notCompleted,
            List<Item> scopeAdded, List<Item> scopeRemoved, List<BurndownDay> burndown, List<BurnupDay> burnup,
            List<Velocity> velocity, Split split, Dod dod, List<Waiver> waivers, List<Override> overrides,
            List<Blocked> blocked) {
    }

    @Inject
    ReviewService reviews;

    /** JSON unless the caller asks for CSV first ({@code Accept: text/csv}); {@code *}/{@code *} gets JSON. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @APIResponse(responseCode = "200", description = "The sprint's report; as a CSV file with Accept: text/csv",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)) })
    @Operation(summary = "Read a sprint's report",
            description = "The sprint review's figures: committed and completed work, scope changes, burndown and "
                    + "burnup, velocity, the functional and technical split, the DoD, waivers, overrides and "
                    + "blocked work. With `Accept: text/csv`, the item table as CSV.")
    public Response report(@PathParam("id") long id, @Context HttpHeaders headers) {
        SprintReport report = reviews.report(id);
        boolean csv = headers.getAcceptableMediaTypes().stream()
                .filter(t -> t.isCompatible(MediaType.APPLICATION_JSON_TYPE) || t.isCompatible(CSV))
                .findFirst().map(t -> !t.isWildcardType() && t.isCompatible(CSV)).orElse(false);
        if (csv) {
            return ReportCsv.download(report);
        }
        return Response.ok(of(report), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static final MediaType CSV = new MediaType("text", "csv");

    static Report of(SprintReport report) {
        SprintRecord.Figures f = report.figures();
        return new Report(report.sprintId(), report.name(), report.goal(), report.state().name(), report.start(),
                report.end(), report.unit(),
                new Amount(f.committed().size(), plain(f.committedEstimate())),
                new Amount(f.completed().size(), plain(f.completedEstimate())),
                items(report, f.completed()), items(report, f.notCompleted()), items(report, f.added()),
                items(report, f.removed()),
                f.days().stream().filter(d -> d.remaining() != null)
                        .map(d -> new BurndownDay(d.date(), plain(d.remaining()), plain(d.ideal()))).toList(),
                f.days().stream().filter(d -> d.scope() != null)
                        .map(d -> new BurnupDay(d.date(), plain(d.completed()), plain(d.scope()))).toList(),
                report.velocity().stream().map(v -> new Velocity(v.sprintId(), v.sprint(), plain(v.completed())))
                        .toList(),
                new Split(f.reservedShare(), plain(f.capacity()),
                        new Work(plain(f.planned().functional()), plain(f.planned().technical())),
                        new Work(plain(f.actual().functional()), plain(f.actual().technical()))),
                new Dod(f.itemsDone(), f.itemsDoneWithAllDodTasks()),
                f.waivers().stream().map(w -> new Waiver(w.taskId(), w.itemKey(), w.reason(), w.by(), w.at()))
                        .toList(),
                f.overrides().stream().map(o -> new Override(o.itemKey(), o.reason(), o.by(), o.at())).toList(),
                report.blocked().stream().map(b -> new Blocked(b.itemKey(), b.taskId(), b.reason(), b.by(),
                        b.from(), b.to(), b.hours(), b.workingDays(), b.what())).toList());
    }

    private static List<Item> items(SprintReport report, List<SprintRecord.ItemLine> lines) {
        return lines.stream().map(l -> new Item(l.itemKey(), l.kind() == null ? null : l.kind().name(),
                report.title(l.itemKey()), plain(l.estimate()))).toList();
    }

    private static BigDecimal plain(BigDecimal value) {
        return Estimates.plain(value);
    }
}
