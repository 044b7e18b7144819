package org.onebacklog.board;

import java.util.List;
import org.onebacklog.backlog.Ranking;

/**
 * Plain Java: the rank a card gets at a place among a column's other cards. Normally just a key between its two new
 * neighbours (one row written); when they share a rank, or the gap has been split too thin, the whole column is
 * respaced and {@code respaced} holds the others' new keys, in their order.
 */
record CardOrder(String rank, List<String> respaced) {

    /** {@code ranks}: the other cards of the column, top first (ordered by rank, then id); {@code place}: 0..size. */
    static CardOrder at(List<String> ranks, int place) {
        String lower = place > 0 ? ranks.get(place - 1) : null;
        String upper = place < ranks.size() ? ranks.get(place) : null;
        if (lower == null || upper == null || lower.compareTo(upper) < 0) {
            String key = Ranking.between(lower, upper);
            if (!Ranking.needsRebalance(key)) {
                return new CardOrder(key, null);
            }
        }
        List<String> keys = Ranking.evenlySpaced(ranks.size() + 1);
        List<String> others = new java.util.ArrayList<>(keys);
        String rank = others.remove(place);
        return new CardOrder(rank, others);
    }
}
