package org.onebacklog.board;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.asUser;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;
import org.onebacklog.support.Browser;

/** Someone who leaves the team holds no open card; the done ones and the record still say what they did. */
@QuarkusTest
class TeamDeparturesTest {

    @Test
    void leavingUnassignsOpenTasksAndDoneTasksKeepTheirAssignee() {
        Api.ActiveBoard board = Api.activeBoard("TD");
        String shop = board.product();
        String dev = Api.member(shop, "DEVELOPER");
        long open = Api.task(board.sprint(), 0);
        long done = Api.task(board.sprint(), 1);
        for (long task : new long[] {open, done}) {
            asAdmin().body(Map.of("assignee", dev, "version", 0)).patch("/api/v1/tasks/" + task).then()
                    .statusCode(200).body("assignee", is(dev));
        }
        asUser(dev).body(Map.of("column", "IN_PROGRESS", "version", 1)).post("/api/v1/tasks/" + open + "/move")
                .then().statusCode(200);
        asUser(dev).body(Map.of("column", "DONE", "version", 1)).post("/api/v1/tasks/" + done + "/move").then()
                .statusCode(200);

        asUser(dev).delete("/api/v1/products/" + shop + "/members/" + dev).then().statusCode(204);

        asAdmin().get("/api/v1/tasks/" + open).then().body("assignee", nullValue()).body("column", is("IN_PROGRESS"))
                .body("version", is(3));
        asAdmin().get("/api/v1/tasks/" + done).then().body("assignee", is(dev)).body("version", is(2));
        // The record keeps who held the task and who moved it.
        Browser.admin().page().get("/products/" + shop + "/board/tasks/" + open + "/detail").then().statusCode(200)
                .body(containsString("unassigned it: " + dev + " left the team"))
                .body(containsString(dev));
        asUser(dev).get("/api/v1/tasks/" + open).then().statusCode(403);
    }
}
