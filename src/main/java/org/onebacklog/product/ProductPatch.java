package org.onebacklog.product;

/**
 * What a PATCH of a product changes: only the fields present (null: left as it is). {@code version} is the version
 * the change was made against.
 */
public record ProductPatch(String name, String standupTime, Integer agingDays, Long version) {
}
