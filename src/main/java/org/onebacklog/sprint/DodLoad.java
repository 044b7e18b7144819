package org.onebacklog.sprint;

import java.math.BigDecimal;
import org.onebacklog.backlog.BacklogItem;

/**
 * What an item's open DoD tasks weigh (waived ones are not going to be done): technical work a commitment brings
 * with it. The board, which holds the tasks, implements it; planning only asks.
 */
public interface DodLoad {

    BigDecimal of(BacklogItem item);
}
