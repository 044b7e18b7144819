package org.onebacklog.sprint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.onebacklog.failure.FreshViews;

/** A sprint that collided at commit, as the API shows it. */
@ApplicationScoped
public class SprintFreshViews implements FreshViews {

    @Inject
    SprintService sprints;

    @Override
    public Object of(String entity, Object id) {
        if (!Sprint.class.getName().equals(entity)) {
            return null;
        }
        Sprint row = Sprint.findById(id);
        return row == null ? null : sprints.view(row);
    }
}
