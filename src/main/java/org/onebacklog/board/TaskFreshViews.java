package org.onebacklog.board;

import jakarta.enterprise.context.ApplicationScoped;
import org.onebacklog.failure.FreshViewOf;

/** A task that collided at commit, as the API shows it. */
@ApplicationScoped
public class TaskFreshViews extends FreshViewOf<Task> {

    public TaskFreshViews() {
        super(Task.class);
    }

    @Override
    protected Object view(Task row) {
        return TaskView.of(row);
    }
}
