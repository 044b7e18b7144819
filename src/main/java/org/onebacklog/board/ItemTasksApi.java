package org.onebacklog.board;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onebacklog.web.Bodies;

/** The tasks of one backlog item over the JSON API. */
@Tag(name = "Tasks")
@Path("/api/v1/items/{itemKey}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
// One transaction per call, so the view is built from the entities just written.
@jakarta.transaction.Transactional
public class ItemTasksApi {

    public record NewTask(String title, BigDecimal estimate, String assignee) {
    }

    @Inject
    TaskService tasks;

    @POST
    @APIResponse(responseCode = "201", description = "The task, added to the item; Location is its address",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @Operation(summary = "Add a task to an item",
            description = "Adds a task to the item; it starts in the board's first column.")
    public Response add(@PathParam("itemKey") String itemKey, NewTask body) {
        NewTask request = Bodies.required(body);
        Task task = tasks.add(itemKey, request.title(), request.estimate(), request.assignee());
        return Response.created(URI.create("/api/v1/tasks/" + task.id)).entity(TaskView.of(task)).build();
    }

    @GET
    @Operation(summary = "List an item's tasks",
            description = "The item's tasks, including those its Definition of Done implies.")
    public List<TaskView> list(@PathParam("itemKey") String itemKey) {
        return tasks.ofItem(itemKey).stream().map(TaskView::of).toList();
    }
}
