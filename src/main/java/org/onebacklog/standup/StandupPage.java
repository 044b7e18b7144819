package org.onebacklog.standup;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.onebacklog.board.Columns;
import org.onebacklog.history.TeamCalendar;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductPage;
import org.onebacklog.web.Shell;

/**
 * Stand-up mode: the board walked person by person, one step on screen at a time, next and previous by keyboard
 * (→ and ←, or n and p), with an optional timebox per person ({@code ?timebox=90} seconds).
 */
@Path("/products/{key}/standup")
@Produces(MediaType.TEXT_HTML)
public class StandupPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance standup(Shell shell, Product product, StandupSteps walk,
                StandupSteps.Step step, Integer timebox);
    }

    @Inject
    ProductPage productPage;

    @Inject
    StandupService standups;

    @Inject
    TeamCalendar calendar;

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("EEEE HH:mm", Locale.ENGLISH);

    @GET
    @Transactional
    public TemplateInstance show(@PathParam("key") String key, @QueryParam("step") Integer step,
            @QueryParam("timebox") Integer timebox) {
        ProductPage.Opened page = productPage.open(key, "board");
        Product product = page.product();
        Map<String, String> names = new LinkedHashMap<>();
        Columns.of(product).forEach(lane -> names.put(lane.key(), lane.name()));
        Standup standup = standups.standup(key, null);
        String since = standup.since().atZone(calendar.zone()).format(SINCE);
        StandupSteps walk = StandupSteps.of(standup, names, since);
        Integer box = timebox == null || timebox < 10 || timebox > 900 ? null : timebox;
        return Templates.standup(page.shell(), product, walk, walk.step(step == null ? 0 : step), box);
    }
}
