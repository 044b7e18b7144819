package org.onebacklog.tv;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.onebacklog.board.Board;
import org.onebacklog.board.BoardService;
import org.onebacklog.product.Product;
import org.onebacklog.review.ReportCharts;
import org.onebacklog.review.ReviewService;
import org.onebacklog.review.SprintReport;
import org.onebacklog.sprint.Gauge;
import org.onebacklog.sprint.PlanView;
import org.onebacklog.sprint.Sprint;
import org.onebacklog.sprint.Commitments;
import org.onebacklog.sprint.SprintService;
import org.onebacklog.standup.StandupOnDisplay;
import org.onebacklog.standup.StandupWalkService;

/**
 * {@code /tv/{key}?token=…}: the wall display. No login: a display token opens it, read-only. It has no forms and
 * no links that change anything; the live socket it opens only listens.
 */
@Path("/tv/{key}")
@Produces(MediaType.TEXT_HTML)
public class TvPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tv(TvScreen screen, boolean oob);

        /** The frame; {@code oob} marks it for an out-of-band swap (a live message). */
        static native TemplateInstance tv$frame(TvScreen screen, boolean oob);

        static native TemplateInstance refused(String message);
    }

    @Inject
    DisplayService displays;

    @Inject
    ReviewService reviews;

    @Inject
    BoardService boards;

    @Inject
    SprintService sprints;

    @Inject
    Commitments commitments;

    /** The stand-up walk in progress, which the TV follows instead of showing the board. */
    @Inject
    StandupWalkService walks;

    public static String url(String productKey, String token) {
        return "/tv/" + productKey + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    @GET
    public Response show(@PathParam("key") String key, @QueryParam("token") String token) {
        if (token == null || token.isBlank()) {
            return refused("This TV view needs a display token in its address. A Product Owner or Scrum Master"
                    + " creates one under Team → TV displays.");
        }
        DisplayToken display = displays.open(key, token).orElse(null);
        if (display == null) {
            return refused("This display token does not open " + key + ". It may have been revoked: ask for a"
                    + " new one.");
        }
        return Response.ok(Templates.tv(screen(display.product, display, token), false))
                .header("Cache-Control", "no-store").build();
    }

    /** What every TV of the product shows (nothing in it depends on the display), marked for an out-of-band swap. */
    String frame(Product product) {
        return Templates.tv$frame(screen(product, null, null), true).render();
    }

    /** The screen for the display that opened the page, or (display null) the frame every TV of the product shares. */
    TvScreen screen(Product product, DisplayToken display, String token) {
        Long displayId = display == null ? null : display.id;
        Integer rotateSeconds = display == null ? null : display.rotateSeconds;
        String rotations = displays.rotations(product).entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue()).collect(java.util.stream.Collectors.joining(" "));
        StandupOnDisplay standup = walks.onDisplay(product).orElse(null);
        if (standup != null) {
            return TvScreen.standup(product, displayId, token, rotateSeconds, rotations, standup);
        }
        Sprint sprint = reviews.activeSprint(product);
        if (sprint == null) {
            return new TvScreen(product, displayId, token, rotateSeconds, rotations, null, null, null, null, null,
                    null, null, null, null);
        }
        SprintReport report = reviews.currentOf(sprint);
        Board board = boards.shape(product, sprint.id);
        TvBoard tvBoard = TvBoard.of(board);
        PlanView plan = commitments.plan(sprint);
        return new TvScreen(product, displayId, token, rotateSeconds, rotations, report, tvBoard, plan, Gauge.of(plan),
                // Drawn small and shown large: the charts' 12-unit text comes out at about 19 pixels on the TV.
                new RawString(ReportCharts.burndown(report, 360, 200)),
                new RawString(ReportCharts.burndown(report, 540, 440)),
                new RawString(ReportCharts.burnup(report, 540, 440)),
                new RawString(ReportCharts.split(report, 600, 440)), null);
    }

    private static Response refused(String message) {
        return Response.status(Response.Status.UNAUTHORIZED).entity(Templates.refused(message))
                .header("Cache-Control", "no-store").build();
    }
}
