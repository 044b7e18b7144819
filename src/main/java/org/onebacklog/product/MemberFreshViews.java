package org.onebacklog.product;

import jakarta.enterprise.context.ApplicationScoped;
import org.onebacklog.failure.FreshViewOf;

/** A membership that collided at commit, as the API shows it. */
@ApplicationScoped
public class MemberFreshViews extends FreshViewOf<Membership> {

    public MemberFreshViews() {
        super(Membership.class);
    }

    @Override
    protected Object view(Membership row) {
        return MemberView.of(row);
    }
}
