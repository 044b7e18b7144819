package org.onebacklog.product;

/** A product as the API shows it. */
public record ProductView(String key, String name, EstimateUnit unit, String standupTime, int agingDays,
        long version) {

    public static ProductView of(Product product) {
        return new ProductView(product.key, product.name, product.unit, product.standupTime, product.agingDays,
                product.version);
    }
}
