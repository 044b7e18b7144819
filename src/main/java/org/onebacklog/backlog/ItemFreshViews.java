package org.onebacklog.backlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.onebacklog.failure.FreshViewOf;

/** An item that collided at commit, as the API shows it. */
@ApplicationScoped
public class ItemFreshViews extends FreshViewOf<BacklogItem> {

    @Inject
    BacklogService backlogs;

    public ItemFreshViews() {
        super(BacklogItem.class);
    }

    @Override
    protected Object view(BacklogItem row) {
        return backlogs.view(row);
    }
}
