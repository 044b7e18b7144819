package org.onebacklog.events;

/**
 * Something that happened in a product. Observing this type sees every event; observing one record sees that one.
 */
public interface ScrumEvent {

    /** Where, by whom and when. */
    Stamp stamp();

    default String productKey() {
        return stamp().productKey();
    }
}
