package org.onebacklog.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.onebacklog.failure.NotFound;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductPage;
import org.onebacklog.sprint.Sprint;
import org.onebacklog.web.Shell;

/**
 * The sprint review for stakeholders: what was committed and completed, scope change, the charts, the split
 * between functional and technical work, DoD compliance, waivers and overrides. Live while the sprint runs;
 * prints on A4.
 */
@Path("/products/{key}")
@Produces(MediaType.TEXT_HTML)
public class ReviewPage {

    /** The report's charts, drawn once per page. */
    public record ChartSet(RawString burndown, RawString burnup, RawString velocity, RawString split) {
        static ChartSet of(SprintReport report) {
            return new ChartSet(new RawString(ReportCharts.burndown(report, 640, 360)),
                    new RawString(ReportCharts.burnup(report, 640, 360)),
                    new RawString(ReportCharts.velocity(report, 640, 360)),
                    new RawString(ReportCharts.split(report, 640, 360)));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(Shell shell, Product product, SprintReport report, ChartSet charts,
                List<Sprint> sprints);

        static native TemplateInstance none(Shell shell, Product product);
    }

    @Inject
    ReviewService reviews;

    @Inject
    ProductPage productPage;

    /** The product's current review: the active sprint's, else the last closed one's. */
    @GET
    @Path("review")
    public Response latest(@PathParam("key") String key) {
        ProductPage.Opened page = productPage.open(key, "review");
        Product product = page.product();
        Sprint sprint = reviews.latestReviewable(product);
        if (sprint == null) {
            return Response.ok(Templates.none(page.shell(), product)).build();
        }
        return Response.seeOther(URI.create("/products/" + product.key + "/sprints/" + sprint.id + "/review"))
                .build();
    }

    @GET
    @Path("sprints/{id}/review")
    public TemplateInstance review(@PathParam("key") String key, @PathParam("id") long id) {
        ProductPage.Opened page = productPage.open(key, "review");
        Product product = page.product();
        SprintReport report = reviews.reportOf(sprintOf(product, id));
        return Templates.review(page.shell(), product, report, ChartSet.of(report),
                reviews.reviewable(product));
    }

    /** The item table as CSV, for people logged in on the page (scripts use the API). */
    @GET
    @Path("sprints/{id}/review.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("key") String key, @PathParam("id") long id) {
        Product product = productPage.open(key, "review").product();
        SprintReport report = reviews.reportOf(sprintOf(product, id));
        return ReportCsv.download(report);
    }

    private static Sprint sprintOf(Product product, long id) {
        return Sprint.<Sprint>findByIdOptional(id).filter(s -> s.product.id.equals(product.id))
                .orElseThrow(() -> new NotFound("There is no sprint " + id + " in " + product.key));
    }
}
