package org.onebacklog.failure;

/**
 * How a feature shows its rows to API callers, for the rare 409 that no service threw: two writes that collided at
 * commit (a version or unique key checked by the database). The problem then still carries {@code current}.
 */
public interface FreshViews {

    /**
     * The API view of the row with {@code id} of entity class {@code entity} (fully qualified), read afresh; null
     * when the entity is not this feature's or the row is gone.
     */
    Object of(String entity, Object id);
}
