package org.onebacklog.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a board page shows, as {@code live.js} with htmx leaves it: the cards of every cell in order, the column
 * heads and the lanes' statuses. A grid message replaces it all; a card message deletes cards by id, fills cells
 * afresh (moving the cards it keeps) and replaces heads and statuses by id. A swap whose target is missing marks the
 * page as diverged (the page would fetch its board again).
 */
public final class BoardMirror {

    private static final Pattern GRID_PARTS = Pattern.compile("(?s)<div class=\"cell\"[^>]*\\bid=\"(cell-[^\"]+)\">"
            + "|(<article class=\"task[^\"]*\" id=\"task-(\\d+)\".*?</article>)"
            + "|(<div class=\"column-head[^\"]*\" id=\"(column-[^\"]+)\".*?</div>)"
            + "|(<span class=\"status [^\"]*\" id=\"(status-[^\"]+)\".*?</span>)");
    private static final Pattern SWAPS = Pattern.compile("(?s)<article id=\"task-(\\d+)\" hx-swap-oob=\"delete\">"
            + "</article>"
            + "|<div id=\"(cell-[^\"]+)\" hx-swap-oob=\"innerHTML\">((?:<article .*?</article>)*)</div>"
            + "|(<div class=\"column-head[^\"]*\" id=\"(column-[^\"]+)\".*?</div>)"
            + "|(<span class=\"status [^\"]*\" id=\"(status-[^\"]+)\".*?</span>)");
    private static final Pattern CARD = Pattern.compile("(?s)(<article class=\"task[^\"]*\" id=\"task-(\\d+)\".*?"
            + "</article>)");
    private static final Pattern KEPT = Pattern.compile("<article id=\"task-(\\d+)\" hx-preserve></article>");
    private static final String OOB = " hx-swap-oob=\"true\"";

    /** Cell id to its cards (id, html) top first. */
    private final Map<String, List<String[]>> cells = new LinkedHashMap<>();
    /** Column heads and lane statuses by id. */
    private final Map<String, String> parts = new TreeMap<>();
    private boolean diverged;

    public static BoardMirror of(String grid) {
        BoardMirror mirror = new BoardMirror();
        mirror.reset(grid);
        return mirror;
    }

    /** Applies a message without its marker. */
    public void apply(String message) {
        if (message.contains("id=\"board-grid\"")) {
            reset(message);
            return;
        }
        // live.js refetches a page that lacks a card the message keeps (hx-preserve) rather than swap it.
        Matcher kept = KEPT.matcher(message);
        while (kept.find()) {
            if (find(kept.group(1)) == null) {
                diverged = true;
            }
        }
        Matcher m = SWAPS.matcher(message);
        while (m.find()) {
            if (m.group(1) != null) {
                String id = m.group(1);
                cells.values().forEach(cell -> cell.removeIf(card -> card[0].equals(id)));
            } else if (m.group(2) != null) {
                fill(m.group(2), m.group(3));
            } else {
                String id = m.group(5) != null ? m.group(5) : m.group(7);
                if (!parts.containsKey(id)) {
                    diverged = true;
                }
                parts.put(id, (m.group(4) != null ? m.group(4) : m.group(6)).replace(OOB, ""));
            }
        }
    }

    /**
     * A cell's cards replaced by the ones sent; a kept card (hx-preserve) is the page's own, moved here from wherever
     * it is, as htmx does. One the page lacks stays the empty placeholder htmx would leave.
     */
    private void fill(String cellId, String html) {
        List<String[]> cell = cells.get(cellId);
        if (cell == null) {
            diverged = true;
            return;
        }
        List<String[]> filled = new ArrayList<>();
        Matcher card = Pattern.compile(CARD.pattern() + "|" + KEPT.pattern()).matcher(html);
        while (card.find()) {
            if (card.group(1) != null) {
                filled.add(new String[] {card.group(2), card.group(1)});
            } else {
                String[] own = find(card.group(3));
                filled.add(own != null ? own : new String[] {card.group(3), card.group()});
            }
        }
        filled.forEach(moved -> cells.values().forEach(other -> other.removeIf(c -> c[0].equals(moved[0]))));
        cell.clear();
        cell.addAll(filled);
    }

    /** The card of that id where the page shows it, or null. */
    private String[] find(String id) {
        return cells.values().stream().flatMap(List::stream).filter(c -> c[0].equals(id)).findFirst().orElse(null);
    }

    private void reset(String grid) {
        cells.clear();
        parts.clear();
        List<String[]> current = null;
        Matcher m = GRID_PARTS.matcher(grid);
        while (m.find()) {
            if (m.group(1) != null) {
                current = new ArrayList<>();
                cells.put(m.group(1), current);
            } else if (m.group(2) != null) {
                current.add(new String[] {m.group(3), m.group(2)});
            } else if (m.group(4) != null) {
                parts.put(m.group(5), m.group(4));
            } else {
                parts.put(m.group(7), m.group(6));
            }
        }
    }

    public boolean diverged() {
        return diverged;
    }

    /** Card ids by cell, as the board shows them. */
    public Map<String, List<String>> cardsByCell() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        cells.forEach((cell, cards) -> out.put(cell, cards.stream().map(c -> c[0]).toList()));
        return out;
    }

    /** Everything shown, in a form two mirrors can be compared by. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        cells.forEach((cell, cards) -> {
            out.append(cell).append(":\n");
            cards.forEach(card -> out.append("  ").append(card[1]).append('\n'));
        });
        parts.forEach((id, html) -> out.append(html).append('\n'));
        return out.toString();
    }
}
