package org.onebacklog.live;

import java.util.Set;

/**
 * A kind of page that is pushed rendered fragments rather than a bare marker: the board, the TV. The features that
 * own those pages implement it, so the hub renders through this and knows none of them. Renders run in a
 * transaction and a request context of their own, from the state after the changes were committed.
 */
public interface LiveView {

    /** The {@code view} its sockets name when they connect ({@code /live/{productKey}?view=…}). */
    String name();

    /**
     * The out-of-band fragment for a message: {@code tasks} are the tasks it changed when it stands for nothing
     * else (null: anything may have changed, render the whole view). Empty when the product is gone.
     */
    String render(String productKey, Set<Long> tasks);

    /**
     * Whether the view shows the stand-up walk ({@link Change#STANDUP}). A view that does not is sent only the
     * number of a message that holds nothing else, so a stand-up step costs the boards nothing.
     */
    default boolean followsTheStandup() {
        return false;
    }
}
