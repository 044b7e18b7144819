package org.onebacklog.sprint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.onebacklog.failure.FreshViewOf;

/** A sprint that collided at commit, as the API shows it. */
@ApplicationScoped
public class SprintFreshViews extends FreshViewOf<Sprint> {

    @Inject
    SprintService sprints;

    public SprintFreshViews() {
        super(Sprint.class);
    }

    @Override
    protected Object view(Sprint row) {
        return sprints.view(row);
    }
}
