package org.onebacklog.product;

import jakarta.enterprise.context.ApplicationScoped;
import org.onebacklog.failure.FreshViewOf;

/** A product that collided at commit, as the API shows it. */
@ApplicationScoped
public class ProductFreshViews extends FreshViewOf<Product> {

    public ProductFreshViews() {
        super(Product.class);
    }

    @Override
    protected Object view(Product row) {
        return ProductView.of(row);
    }
}
