package org.onebacklog.webhook;

import java.util.List;
import org.onebacklog.events.ScrumEvent;

/**
 * The event names a webhook can subscribe to: the simple names of the records in {@code events}. A test keeps
 * this list equal to the package, so a new event cannot be left out.
 */
public final class EventTypes {

    public static final List<String> ALL = List.of("ItemAdded", "ItemChanged", "ItemRanked", "ItemCommitted",
            "CapacityOverridden", "ItemUncommitted", "ItemProgressed", "SprintPlanned", "SprintStarted",
            "SprintClosed", "TaskAdded", "TaskChanged", "TaskMoved", "TaskWaived", "DodChanged", "ColumnsChanged",
            "PolicyChanged", "DisplayRevoked", "DisplayChanged", "TaskBlocked", "TaskUnblocked", "ItemBlocked", "ItemUnblocked",
            "TaskRemoved", "ItemArchived", "ItemRestored", "StandupChanged", "StandupStepped",
            "StandupEnded", "MemberRemoved", "TaskUnassigned");

    private EventTypes() {
    }

    static String of(ScrumEvent event) {
        return event.getClass().getSimpleName();
    }
}
