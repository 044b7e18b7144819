package org.onebacklog.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;
import static org.onebacklog.support.Api.member;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onebacklog.product.Product;
import org.onebacklog.support.Browser;

/** Cards come from a cache: after every change a card shows what a fresh render shows, on the page and live. */
@QuarkusTest
class BoardCardsTest {

    @Inject
    BoardCards cards;

    @Inject
    BoardFragments fragments;

    @Inject
    BoardService boards;

    @Test
    void aCachedCardIsTheFreshCardAfterEveryEdit() {
        Object[] board = BoardTest.activeBoard("BC");
        String shop = (String) board[0];
        long task = BoardTest.task((long) board[1], 0);
        String developer = member(shop, "DEVELOPER");
        String before = pageCard(shop, task);
        assertTrue(before.contains("unassigned · 2 left"), before);
        assertEquals(fresh(shop, task), before, "the page's card is the fresh one");

        asAdmin().body(Map.of("version", 0, "assignee", developer)).patch("/api/v1/tasks/" + task).then()
                .statusCode(200);
        String assigned = pageCard(shop, task);
        assertTrue(assigned.contains(developer + " · 2 left") && assigned.contains("data-assignee=\"" + developer
                + "\""), "the new assignee shows, not the cached unassigned card: " + assigned);
        assertEquals(fresh(shop, task), assigned);

        asAdmin().body(Map.of("version", 1, "remaining", 0.5, "title", "Check the <edge> cases")).patch(
                "/api/v1/tasks/" + task).then().statusCode(200);
        String edited = pageCard(shop, task);
        assertTrue(edited.contains(developer + " · 0.5 left"), edited);
        assertTrue(edited.contains("Check the &lt;edge&gt; cases"), "the new title, escaped: " + edited);
        assertFalse(edited.contains("2 left"), edited);
        assertEquals(fresh(shop, task), edited);

        // The live message carries the very same card.
        String live = QuarkusTransaction.requiringNew().call(() -> fragments.liveCards(shop, Set.of(task)));
        assertTrue(live.contains(edited + "</article>"), live);
    }

    @Test
    void aCardsMoveButtonsFollowTheColumnsNames() {
        Object[] board = BoardTest.activeBoard("BN");
        String shop = (String) board[0];
        long task = BoardTest.task((long) board[1], 0);
        BoardTest.move(task, "IN_PROGRESS", 0).statusCode(200);
        assertTrue(pageCard(shop, task).contains("aria-label=\"To Review\""));
        asAdmin().body(Map.of("version", org.onebacklog.support.Api.columnsVersion(shop),
                "columns", java.util.List.of(Map.of("key", "TODO", "name", "To Do"),
                Map.of("key", "IN_PROGRESS", "name", "Doing"), Map.of("key", "REVIEW", "name", "Checking"),
                Map.of("key", "DONE", "name", "Done")))).put("/api/v1/products/" + shop + "/columns").then()
                .statusCode(200);
        String card = pageCard(shop, task);
        assertTrue(card.contains("aria-label=\"To Checking\""), "a renamed column is not a stale button: " + card);
        assertEquals(fresh(shop, task), card);
    }

    /** The card as the board page shows it now. */
    private static String pageCard(String shop, long task) {
        String html = Browser.admin().page().get("/products/" + shop + "/board").then().statusCode(200).extract()
                .asString();
        return BoardPageTest.card(html, task);
    }

    /** The card rendered now from the database, without the cache, up to its closing tag. */
    private String fresh(String shop, long task) {
        String html = QuarkusTransaction.requiringNew().call(() -> {
            Product product = Product.byKey(shop).orElseThrow();
            Board board = boards.shape(product, BoardPage.activeSprint(product));
            for (Board.Lane lane : board.lanes()) {
                for (int column = 0; column < lane.cells().size(); column++) {
                    for (Task card : lane.cells().get(column)) {
                        if (card.id == task) {
                            return cards.render(BoardCards.Card.of(card, board, column), null);
                        }
                    }
                }
            }
            throw new AssertionError("task " + task + " is not on the board");
        });
        return html.substring(0, html.lastIndexOf("</article>"));
    }
}
