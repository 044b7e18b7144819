package org.onebacklog.product;

/** The one unit a product estimates in, chosen when the product is created. */
public enum EstimateUnit {
    POINTS("points", "pt"),
    HOURS("hours", "h");

    private final String label;
    private final String symbol;

    EstimateUnit(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    public String label() {
        return label;
    }

    public String symbol() {
        return symbol;
    }
}
