package org.onebacklog.backlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.onebacklog.failure.FreshViews;

/** An item that collided at commit, as the API shows it. */
@ApplicationScoped
public class ItemFreshViews implements FreshViews {

    @Inject
    BacklogService backlogs;

    @Override
    public Object of(String entity, Object id) {
        if (!BacklogItem.class.getName().equals(entity)) {
            return null;
        }
        BacklogItem row = BacklogItem.findById(id);
        return row == null ? null : backlogs.view(row);
    }
}
