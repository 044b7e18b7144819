package org.onebacklog.jira;

import org.onebacklog.backlog.ItemDraft;
import org.onebacklog.backlog.ItemRules;

/** A Jira issue as it will be added: its line in the file, its Jira key and rank, the item draft. */
public record ImportedItem(int line, String jiraKey, String jiraRank, ItemDraft draft) {

    /** A technical item without value statement: added unranked, waiting for the Product Owner. */
    public boolean unranked() {
        return ItemRules.awaitsValue(draft);
    }
}
