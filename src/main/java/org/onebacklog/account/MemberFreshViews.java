package org.onebacklog.account;

import jakarta.enterprise.context.ApplicationScoped;
import org.onebacklog.failure.FreshViews;

/** A membership that collided at commit, as the API shows it. */
@ApplicationScoped
public class MemberFreshViews implements FreshViews {

    @Override
    public Object of(String entity, Object id) {
        if (!Membership.class.getName().equals(entity)) {
            return null;
        }
        Membership row = Membership.findById(id);
        return row == null ? null : MemberView.of(row);
    }
}
