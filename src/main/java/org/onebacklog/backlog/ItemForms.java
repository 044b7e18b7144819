package org.onebacklog.backlog;

import java.math.BigDecimal;
import org.onebacklog.failure.Checks;
import org.onebacklog.web.Form;

/** Reads an item from a page form, with a message for each field that cannot even be read. */
final class ItemForms {

    private ItemForms() {
    }

    /** The draft in the form; {@code status} stays as it was when the form has no status field. */
    static ItemDraft draft(Form form, ItemStatus status) {
        Checks checks = new Checks();
        ItemKind kind = null;
        try {
            kind = ItemKind.valueOf(form.value("kind"));
        } catch (IllegalArgumentException e) {
            checks.add("kind", "Choose Story, Bug or Technical");
        }
        BigDecimal estimate = null;
        String estimateText = form.value("estimate").trim().replace(',', '.');
        if (!estimateText.isEmpty()) {
            try {
                estimate = org.onebacklog.web.Numbers.decimal(estimateText);
            } catch (NumberFormatException e) {
                checks.add("estimate", "Write the estimate as a number, such as 3 or 0.5");
            }
        }
        ItemStatus itemStatus = status;
        if (!form.value("status").isEmpty()) {
            try {
                itemStatus = ItemStatus.valueOf(form.value("status"));
            } catch (IllegalArgumentException e) {
                checks.add("status", "Choose a status");
            }
        }
        ItemDraft draft = new ItemDraft(kind, form.value("title"), form.value("description"), estimate,
                form.value("valueStatement"), ItemRules.splitLabels(form.value("labels")), itemStatus);
        // Report unreadable fields together with the rule checks, as one set of messages.
        ItemRules.check(draft, checks);
        checks.throwIfAny();
        return draft;
    }
}
