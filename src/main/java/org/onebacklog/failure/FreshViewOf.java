package org.onebacklog.failure;

import io.quarkus.hibernate.orm.panache.Panache;

/** A feature's {@link FreshViews} for one entity class: reads the row afresh and shows it as the API does. */
public abstract class FreshViewOf<E> implements FreshViews {

    private final Class<E> type;

    protected FreshViewOf(Class<E> type) {
        this.type = type;
    }

    @Override
    public Object of(String entity, Object id) {
        if (!type.getName().equals(entity)) {
            return null;
        }
        E row = Panache.getEntityManager().find(type, id);
        return row == null ? null : view(row);
    }

    /** The row as the feature's API shows it. */
    protected abstract Object view(E row);
}
