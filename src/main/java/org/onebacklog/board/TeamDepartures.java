package org.onebacklog.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.onebacklog.account.User;
import org.onebacklog.events.MemberRemoved;
import org.onebacklog.events.ScrumEvent;
import org.onebacklog.events.TaskUnassigned;
import org.onebacklog.product.Product;

/**
 * Someone who leaves the team holds no card any more: their open tasks (not done, not waived) are unassigned in the
 * removal's transaction, each with a {@link TaskUnassigned} that the record keeps and the open boards receive. Done
 * tasks keep their assignee: they say who did the work.
 */
@ApplicationScoped
public class TeamDepartures {

    @Inject
    Event<ScrumEvent> events;

    void on(@Observes MemberRemoved removed) {
        Product product = Product.findById(removed.stamp().productId());
        String done = Columns.doneKey(product);
        User actor = removed.stamp().actor() == null ? null : User.byUsername(removed.stamp().actor()).orElse(null);
        List<Task> held = Task.list("item.product = ?1 and assignee.username = ?2 and waived = false and column <> ?3"
                + " order by id", product, removed.username(), done);
        for (Task task : held) {
            task.assignee = null;
            task.touch(actor);
            Task.flush();
            events.fire(new TaskUnassigned(removed.stamp(), task.ref(), removed.username()));
        }
    }
}
