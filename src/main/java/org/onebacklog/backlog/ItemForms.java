package org.onebacklog.backlog;

import org.onebacklog.web.Form;
import org.onebacklog.web.FormBinder;

/** Reads an item from a page form, with a message for each field that cannot even be read. */
final class ItemForms {

    private ItemForms() {
    }

    /** The draft in the form; {@code status} stays as it was when the form has no status field. */
    static ItemDraft draft(Form form, ItemStatus status) {
        FormBinder in = FormBinder.of(form);
        ItemKind kind = in.choice("kind", ItemKind.class, "Choose Story, Bug or Technical");
        var estimate = in.decimal("estimate", "Write the estimate as a number, such as 3 or 0.5");
        ItemStatus itemStatus = in.text("status").isEmpty() ? status
                : in.choice("status", ItemStatus.class, "Choose a status");
        ItemDraft draft = new ItemDraft(kind, in.text("title"), in.text("description"), estimate,
                in.text("valueStatement"), ItemRules.splitLabels(in.text("labels")), itemStatus);
        // Report unreadable fields together with the rule checks, as one set of messages.
        ItemRules.check(draft, in.errors());
        in.throwIfAny();
        return draft;
    }
}
