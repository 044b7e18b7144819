package org.onebacklog.tv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.onebacklog.product.Product;

/**
 * The TV's frame for live updates: rendered once per change from the page's own template and pushed to every TV of
 * the product, so a hundred TVs cost one rendering, not a hundred page loads.
 */
@ApplicationScoped
public class TvFragments {

    @Inject
    TvPage page;

    /** The TV frame of the product, marked for an out-of-band swap; empty if the product is gone. */
    public String liveFrame(String productKey) {
        Product product = Product.byKey(productKey).orElse(null);
        if (product == null) {
            return "";
        }
        return page.frame(product);
    }
}
