package org.onebacklog.web;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleObjectStateException;
import org.onebacklog.failure.Contested;
import org.onebacklog.failure.FreshViews;

/**
 * The fresh state for a 409 no service threw: writes that collided at commit. The failed transaction is gone, so
 * the row is read again in a new one, and shown as its feature's API view.
 */
@ApplicationScoped
public class Collisions {

    @Inject
    @Any
    Instance<FreshViews> views;

    @Inject
    Instance<Contested> contested;

    /** The fresh state of what {@code failure} collided on, or null if it cannot be told. */
    public Object current(Throwable failure) {
        try {
            String[] row = row(failure);
            if (row != null) {
                return QuarkusTransaction.requiringNew().call(() -> view(row[0], row[1]));
            }
            var about = contested.isResolvable() ? contested.get().fresh() : null;
            return about == null ? null : QuarkusTransaction.requiringNew().call(about::get);
        } catch (RuntimeException e) {
            // The answer stays a 409; only the fresh state is missing.
            Log.warnf("Could not read the fresh state after a collision: %s", e.toString());
            return null;
        }
    }

    private Object view(String entity, String id) {
        for (FreshViews feature : views) {
            Object view = feature.of(entity, Long.valueOf(id));
            if (view != null) {
                return view;
            }
        }
        return null;
    }

    /** Entity name and id of the row a version collision happened on, from Hibernate's exception. */
    private static String[] row(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StaleObjectStateException stale && stale.getIdentifier() != null) {
                return new String[] {stale.getEntityName(), String.valueOf(stale.getIdentifier())};
            }
            if (t instanceof OptimisticLockException lock && lock.getEntity() != null) {
                Object entity = org.hibernate.Hibernate.unproxy(lock.getEntity());
                Object id = idOf(entity);
                if (id != null) {
                    return new String[] {entity.getClass().getName(), String.valueOf(id)};
                }
            }
        }
        return null;
    }

    /** Our entities keep their id in a public field named id. */
    private static Object idOf(Object entity) {
        try {
            return entity.getClass().getField("id").get(entity);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
