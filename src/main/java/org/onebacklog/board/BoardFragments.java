package org.onebacklog.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.onebacklog.product.Product;

/**
 * The board's fragments for live updates: rendered once per change from the same template the page uses, so a
 * card looks the same live as after a reload. No per-person content: role controls are switched by the page.
 */
@ApplicationScoped
public class BoardFragments {

    @Inject
    BoardService boards;

    /** The board grid of the product's active sprint, marked for an out-of-band swap. */
    public String liveGrid(String productKey) {
        Product product = Product.byKey(productKey).orElse(null);
        if (product == null) {
            return "";
        }
        Long sprint = BoardPage.activeSprint(product);
        String html = BoardPage.Templates.board$grid(product, sprint == null ? null : boards.shape(product, sprint),
                BoardPage.team(product), null, BoardNote.NONE).render();
        return html.replaceFirst("<div id=\"board-grid\"", "<div id=\"board-grid\" hx-swap-oob=\"outerHTML\"");
    }
}
