package org.onebacklog.backlog;

import org.onebacklog.web.Form;

/**
 * Everything the item's page shows below its details: its sprint, tasks by column and DoD progress (from the board),
 * its history (from the record), and the block form with what was typed or refused, or what just happened.
 */
public record ItemOverview(ItemWork.Work work, ItemHistory.Told history, Form blockForm, String message) {
}
