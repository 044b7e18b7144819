package org.onebacklog.product;

import jakarta.enterprise.context.ApplicationScoped;
import org.onebacklog.failure.FreshViews;

/** A product that collided at commit, as the API shows it. */
@ApplicationScoped
public class ProductFreshViews implements FreshViews {

    @Override
    public Object of(String entity, Object id) {
        if (!Product.class.getName().equals(entity)) {
            return null;
        }
        Product row = Product.findById(id);
        return row == null ? null : ProductView.of(row);
    }
}
