package org.onebacklog.backlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.onebacklog.events.ItemBlocked;
import org.onebacklog.events.ItemUnblocked;
import org.onebacklog.events.ScrumEvent;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.product.Access;
import org.onebacklog.product.Member;
import org.onebacklog.store.RowLock;

/**
 * Marking a backlog item blocked, with the reason, and unblocking it: anyone who can work on the product may. The
 * record keeps both, so the review shows how long work stood blocked.
 */
@ApplicationScoped
public class ItemBlocking {

    @Inject
    Access access;

    @Inject
    BacklogService backlog;

    @Inject
    EntityManager em;

    @Inject
    Event<ScrumEvent> events;

    @Transactional
    public BacklogItem block(String itemKey, String reason) {
        BacklogItem item = backlog.find(itemKey);
        Member member = access.contributor(item.product);
        Checks checks = new Checks();
        String why = checks.reason(reason, "reason", "Say what blocks the item, so the team can help");
        checks.throwIfAny();
        RowLock.lockAndRefresh(em, item, "backlog_item", item.id);
        if (item.isBlocked()) {
            throw new Conflict(item.key + " is already blocked: " + item.blockedReason, backlog.view(item));
        }
        item.blockedReason = why;
        item.blockedBy = member.user();
        item.blockedAt = Instant.now();
        item.touch(member.user());
        em.flush();
        events.fire(new ItemBlocked(item.product.stamp(member.user()), item.ref(), why));
        return item;
    }

    @Transactional
    public BacklogItem unblock(String itemKey) {
        BacklogItem item = backlog.find(itemKey);
        Member member = access.contributor(item.product);
        RowLock.lockAndRefresh(em, item, "backlog_item", item.id);
        if (!item.isBlocked()) {
            throw new Conflict(item.key + " is not blocked", backlog.view(item));
        }
        String reason = item.blockedReason;
        Instant since = item.blockedAt;
        item.blockedReason = null;
        item.blockedBy = null;
        item.blockedAt = null;
        item.touch(member.user());
        em.flush();
        events.fire(new ItemUnblocked(item.product.stamp(member.user()), item.ref(), reason, since));
        return item;
    }
}
