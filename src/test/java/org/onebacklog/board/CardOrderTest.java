package org.onebacklog.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onebacklog.backlog.Ranking;

class CardOrderTest {

    @Test
    void aCardGoesBetweenItsNeighboursWithoutTouchingThem() {
        List<String> column = List.of("i00000000011", "i00000000021", "i00000000031");
        for (int place = 0; place <= column.size(); place++) {
            CardOrder order = CardOrder.at(column, place);
            assertNull(order.respaced(), "no other card changes");
            assertTrue(place == 0 || column.get(place - 1).compareTo(order.rank()) < 0);
            assertTrue(place == column.size() || order.rank().compareTo(column.get(place)) < 0);
        }
        assertEquals("i", CardOrder.at(List.of(), 0).rank(), "the first card of an empty column");
    }

    @Test
    void cardsSharingARankAreRespacedInTheirOrder() {
        CardOrder order = CardOrder.at(List.of("a", "b", "b", "c"), 2);
        assertEquals(4, order.respaced().size());
        List<String> all = new ArrayList<>(order.respaced());
        all.add(2, order.rank());
        assertEquals(all.stream().sorted().toList(), all, "the moved card lands between the two that shared a rank");
        assertEquals(5, all.stream().distinct().count());
    }

    @Test
    void aGapSplitTooThinRespacesTheColumn() {
        // Keep putting a card right after the first one: the gap halves each time until the keys grow too long.
        List<String> column = new ArrayList<>(List.of("i", "j"));
        boolean respaced = false;
        for (int i = 0; i < 400 && !respaced; i++) {
            CardOrder order = CardOrder.at(List.of(column.get(0), column.get(1)), 1);
            respaced = order.respaced() != null;
            column = respaced ? new ArrayList<>(List.of(order.respaced().get(0), order.respaced().get(1)))
                    : new ArrayList<>(List.of(column.get(0), order.rank()));
            assertTrue(order.rank().length() <= Ranking.REBALANCE_LENGTH, "no key is ever stored over the limit");
        }
        assertTrue(respaced, "the column was respaced before keys grew past the limit");
    }
}
