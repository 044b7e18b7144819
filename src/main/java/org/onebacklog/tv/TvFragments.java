package org.onebacklog.tv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.onebacklog.live.LiveView;
import org.onebacklog.product.Product;

/**
 * The TV's frame for live updates: rendered once per change from the page's own template and pushed to every TV of
 * the product, so a hundred TVs cost one rendering, not a hundred page loads.
 */
@ApplicationScoped
public class TvFragments implements LiveView {

    @Inject
    TvPage page;

    @Override
    public String name() {
        return "tv";
    }

    /** The TV shows the stand-up's step while the team walks it. */
    @Override
    public boolean followsTheStandup() {
        return true;
    }

    /** The TV frame of the product, whatever changed, marked for an out-of-band swap. */
    @Override
    public String render(String productKey, Set<Long> tasks) {
        return liveFrame(productKey);
    }

    /** The TV frame of the product, marked for an out-of-band swap; empty if the product is gone. */
    public String liveFrame(String productKey) {
        Product product = Product.byKey(productKey).orElse(null);
        if (product == null) {
            return "";
        }
        return page.frame(product);
    }
}
