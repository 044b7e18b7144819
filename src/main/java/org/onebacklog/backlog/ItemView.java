package org.onebacklog.backlog;

import java.math.BigDecimal;
import java.util.List;

/**
 * A backlog item as the API shows it. {@code rank} is the item's 1-based place in the backlog, null while it
 * awaits the Product Owner and once it is done (a done item has left the backlog); {@code sprintId} names the
 * sprint it is committed to, if any; {@code blocked} is null unless someone marked it blocked; an archived item is
 * in no backlog and on no board until it is restored.
 */
public record ItemView(String key, ItemKind kind, String title, String description, BigDecimal estimate,
        String valueStatement, List<String> labels, ItemStatus status, Integer rank, boolean unranked, Long sprintId,
        BlockedView blocked, boolean archived, long version) {

    public static ItemView of(BacklogItem item, int position) {
        return new ItemView(item.key, item.kind, item.title, item.description,
                Estimates.plain(item.estimate), item.valueStatement,
                List.copyOf(item.labels), item.status, position > 0 ? position : null, item.rank == null,
                item.sprintId, BlockedView.of(item.blockedReason, item.blockedBy, item.blockedAt), item.isArchived(),
                item.version);
    }
}
