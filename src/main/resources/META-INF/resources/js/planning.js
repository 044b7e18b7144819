// Planning: drag an item from the backlog list into the sprint list to commit it, and back to take it out
// (SortableJS: mouse and touch). The buttons on each row do the same for the keyboard.
(function () {
    "use strict";

    // The list an item lands in posts it through its hidden form (hx-trigger="dropped"): commit or take out.
    htmx.onLoad(function (content) {
        if (!content.querySelectorAll || !document.body.classList.contains("can-contribute")) {
            return;
        }
        content.querySelectorAll("ol[data-plan-list]").forEach(function (list) {
            if (Sortable.get(list)) {
                return;
            }
            Sortable.create(list, {
                group: "plan",
                sort: false,
                draggable: "li.plan-row",
                filter: "button",
                preventOnFilter: false,
                delay: 200,
                delayOnTouchOnly: true,
                animation: 150,
                ghostClass: "dragging",
                onAdd: function (event) {
                    const form = event.to.parentElement.querySelector("form.plan-drop");
                    form.elements.namedItem("item").value = event.item.dataset.planItem;
                    htmx.trigger(form, "dropped");
                }
            });
        });
    });
})();

// Planning for the keyboard (with keys.js): each list (the backlog, the sprint) is one Tab stop, ↑ ↓ go from row to
// row and Enter (or Space) presses the row's button: add to the sprint, or take out. After the workspace comes back,
// the focus is on the same item in its new list (Enter again takes it back), and the old list's stop is on the item
// that followed it; the result is said in words.
(function () {
    "use strict";
    const keys = window.OneBacklogKeys;
    if (!keys) {
        return;
    }
    let acted = null; // {key, next, from, adding}

    document.addEventListener("keydown", function (event) {
        const row = event.target.closest && event.target.closest("li.plan-row[data-plan-item]");
        if (!row || event.target !== row || (event.key !== "Enter" && event.key !== " ")
                || event.altKey || event.ctrlKey || event.metaKey) {
            return;
        }
        const button = row.querySelector("button[hx-post]");
        if (button) {
            event.preventDefault();
            button.click();
        }
    });

    function neighbour(row) {
        const next = row.nextElementSibling || row.previousElementSibling;
        return next && next.dataset.planItem ? next.dataset.planItem : null;
    }
    // A row's button or a drop into the other list: remember the item, its list and the row after it.
    document.addEventListener("htmx:configRequest", function (event) {
        const elt = event.detail.elt;
        if (!elt || !elt.closest || !/\/(commit|uncommit)$/.test(event.detail.path)) {
            return;
        }
        const row = elt.closest("li.plan-row[data-plan-item]");
        const key = row ? row.dataset.planItem : event.detail.parameters.item;
        const from = row ? row.closest("[data-plan-list]") : null;
        acted = { key: key, from: from ? from.dataset.planList : null, next: row ? neighbour(row) : null,
            adding: /\/commit$/.test(event.detail.path) };
    });
    document.addEventListener("htmx:afterSettle", function (event) {
        if (!acted || !document.getElementById("workspace")) {
            return;
        }
        const done = acted;
        acted = null;
        const list = function (name) { return document.querySelector('[data-plan-list="' + name + '"]'); };
        const row = function (name, key) {
            const l = list(name);
            return key && l ? l.querySelector('li.plan-row[data-plan-item="' + CSS.escape(key) + '"]') : null;
        };
        const to = done.adding ? "sprint" : "backlog";
        const moved = row(to, done.key);
        // The old list's stop goes to the row that followed the item, for the next one to pull.
        const old = done.adding ? "backlog" : "sprint";
        const follower = row(old, done.next);
        if (follower) { keys.focusItem(follower); }
        const heading = document.getElementById("committed-title");
        const sprint = heading && heading.firstChild ? heading.firstChild.textContent.trim() : "the sprint";
        const refusal = document.querySelector("#workspace .refusal p");
        if (moved) {
            keys.focusItem(moved);
            keys.status(done.adding ? done.key + " added to " + sprint
                : done.key + " taken out, back in the backlog");
        } else if (refusal) {
            keys.focusItem(row(old, done.key));
            keys.status("Not added: " + refusal.textContent.trim());
        } else if (row(old, done.key)) {
            keys.focusItem(row(old, done.key));
        }
    });

    // Other people's commitments, said politely: the lists before and after a live refetch of the workspace (one's
    // own answer is a POST and is said above).
    let before = null;
    function lists() {
        const found = {};
        document.querySelectorAll("[data-plan-list] li.plan-row[data-plan-item]").forEach(function (row) {
            found[row.dataset.planItem] = row.closest("[data-plan-list]").dataset.planList;
        });
        return found;
    }
    document.addEventListener("htmx:beforeSwap", function (event) {
        if (event.detail.target && event.detail.target.id === "workspace" && event.detail.requestConfig
                && event.detail.requestConfig.verb === "get") {
            before = lists();
        }
    });
    document.addEventListener("htmx:afterSettle", function () {
        if (!before) {
            return;
        }
        const was = before;
        before = null;
        const now = lists();
        const heading = document.getElementById("committed-title");
        const sprint = heading && heading.firstChild ? heading.firstChild.textContent.trim() : "the sprint";
        Object.keys(now).forEach(function (key) {
            if (now[key] === "sprint" && was[key] !== "sprint") {
                keys.news(key + " was added to " + sprint);
            } else if (now[key] === "backlog" && was[key] === "sprint") {
                keys.news(key + " was taken out of " + sprint);
            }
        });
    });

    keys.shortcut("j", "Next item", function () { keys.focusItem(keys.nextOf("li.plan-row[data-plan-item]", true)); });
    keys.shortcut("k", "Previous item", function () {
        keys.focusItem(keys.nextOf("li.plan-row[data-plan-item]", false));
    });
    keys.note(["Tab"], "From the backlog list to the sprint list: each list is one stop");
    keys.note(["↑", "↓", "Home", "End"], "Previous, next, first, last item of the list");
    keys.note(["Enter"], "Add the focused item to the sprint, or take it out");
})();
