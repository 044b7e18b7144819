package org.onebacklog.capacity;

import jakarta.enterprise.context.ApplicationScoped;
import org.onebacklog.failure.FreshViews;

/** A capacity policy that collided at commit, as the API shows it. */
@ApplicationScoped
public class PolicyFreshViews implements FreshViews {

    @Override
    public Object of(String entity, Object id) {
        if (!CapacityPolicy.class.getName().equals(entity)) {
            return null;
        }
        CapacityPolicy row = CapacityPolicy.findById(id);
        return row == null ? null : PolicyView.of(row);
    }
}
