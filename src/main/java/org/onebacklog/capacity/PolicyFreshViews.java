package org.onebacklog.capacity;

import jakarta.enterprise.context.ApplicationScoped;
import org.onebacklog.failure.FreshViewOf;

/** A capacity policy that collided at commit, as the API shows it. */
@ApplicationScoped
public class PolicyFreshViews extends FreshViewOf<CapacityPolicy> {

    public PolicyFreshViews() {
        super(CapacityPolicy.class);
    }

    @Override
    protected Object view(CapacityPolicy row) {
        return PolicyView.of(row);
    }
}
