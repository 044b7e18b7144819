package org.onebacklog.board;

import jakarta.enterprise.context.ApplicationScoped;
import org.onebacklog.failure.FreshViews;

/** A task that collided at commit, as the API shows it. */
@ApplicationScoped
public class TaskFreshViews implements FreshViews {

    @Override
    public Object of(String entity, Object id) {
        if (!Task.class.getName().equals(entity)) {
            return null;
        }
        Task row = Task.findById(id);
        return row == null ? null : TaskView.of(row);
    }
}
