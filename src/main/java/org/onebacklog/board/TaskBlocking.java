package org.onebacklog.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.onebacklog.events.ScrumEvent;
import org.onebacklog.events.TaskBlocked;
import org.onebacklog.events.TaskUnblocked;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.product.Access;
import org.onebacklog.product.Member;

/**
 * Marking a task blocked, with the reason, and unblocking it: anyone who can work on the board may. The record
 * keeps both, so the review shows how long work stood blocked.
 */
@ApplicationScoped
public class TaskBlocking {

    @Inject
    Access access;

    @Inject
    Event<ScrumEvent> events;

    @Transactional
    public Task block(long id, String reason) {
        Task task = TaskService.find(id);
        Member member = access.contributor(task.item.product);
        Checks checks = new Checks();
        String why = checks.reason(reason, "reason", "Say what blocks the task, so the team can help");
        checks.throwIfAny();
        TaskService.lockFresh(task);
        if (task.isBlocked()) {
            throw new Conflict("Task " + id + " is already blocked: " + task.blockedReason, TaskView.of(task));
        }
        task.blockedReason = why;
        task.blockedBy = member.user();
        task.blockedAt = Instant.now();
        task.touch(member.user());
        Task.flush();
        events.fire(new TaskBlocked(task.item.product.stamp(member.user()), task.ref(), why));
        return task;
    }

    @Transactional
    public Task unblock(long id) {
        Task task = TaskService.find(id);
        Member member = access.contributor(task.item.product);
        TaskService.lockFresh(task);
        if (!task.isBlocked()) {
            throw new Conflict("Task " + id + " is not blocked", TaskView.of(task));
        }
        String reason = task.blockedReason;
        Instant since = task.blockedAt;
        task.blockedReason = null;
        task.blockedBy = null;
        task.blockedAt = null;
        task.touch(member.user());
        Task.flush();
        events.fire(new TaskUnblocked(task.item.product.stamp(member.user()), task.ref(), reason, since));
        return task;
    }
}
