package org.onebacklog.store;

import jakarta.persistence.EntityManager;

/**
 * Locks one row until the transaction ends and reads the entity afresh, so that of two writers at once the second
 * compares its version with the first one's result. The lock is a plain {@code SELECT … FOR UPDATE} rather than
 * {@code refresh(entity, PESSIMISTIC_WRITE)}: Hibernate's follow-on locking of an entity with a collection (an
 * item's labels) failed with a NullPointerException under concurrent edits.
 */
public final class RowLock {

    private RowLock() {
    }

    /** Locks {@code table}'s row {@code id}, then refreshes {@code entity} from it. */
    public static void lockAndRefresh(EntityManager em, Object entity, String table, Long id) {
        em.createNativeQuery("select id from " + table + " where id = ?1 for update").setParameter(1, id)
                .getResultList();
        em.refresh(entity);
    }
}
