package org.onebacklog.sprint;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import org.onebacklog.backlog.BacklogItem;

/**
 * What an item's open DoD tasks weigh (waived ones are not going to be done): technical work a commitment brings
 * with it. The board, which holds the tasks, implements it; planning only asks.
 */
public interface DodLoad {

    /**
     * The load of each of the items, by item id (items without DoD tasks are left out): one query for a whole
     * sprint, since the TV frame and the planning page weigh every committed item on every change.
     */
    Map<Long, BigDecimal> of(Collection<BacklogItem> items);
}
