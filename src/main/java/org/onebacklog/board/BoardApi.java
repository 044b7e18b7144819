package org.onebacklog.board;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onebacklog.product.Product;

/** A sprint's board over the JSON API. */
@Tag(name = "Board")
@Path("/api/v1/sprints/{id}/board")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class BoardApi {

    public record ColumnView(String key, String name, Integer wipLimit, boolean hard, int count) {
    }

    public record LaneView(String itemKey, String kind, String title, String status, List<TaskView> tasks) {
    }

    public record BoardView(long sprintId, List<ColumnView> columns, List<LaneView> lanes) {
    }

    @Inject
    BoardService boards;

    @GET
    @Operation(summary = "Read a sprint's board",
            description = "The sprint's columns with their WIP limits and card counts, and a lane per committed "
                    + "item with its tasks.")
    public BoardView board(@PathParam("id") long sprintId) {
        Product product = boards.productOfSprint(sprintId);
        Board board = boards.board(product, sprintId);
        return new BoardView(sprintId,
                board.columns().stream().map(c -> new ColumnView(c.key(), c.name(), c.wipLimit(), c.hard(),
                        c.count())).toList(),
                board.lanes().stream().map(l -> new LaneView(l.item().key, l.item().kind.name(), l.item().title,
                        l.item().status.name(), l.cells().stream().flatMap(List::stream).map(TaskView::of).toList()))
                        .toList());
    }
}
