// The keyboard and the screen reader on the pages people work in all day (board, backlog, planning, displays):
// - one Tab stop per list ("roving tab stop"): a list marked data-roving="selector of its items" holds its items'
//   tabindex, one 0, the rest -1; the item last focused keeps the 0 (else the first matching data-roving-start), so
//   Tab leaves the list and Shift+Tab comes back to the same item; ↑ ↓ Home End go from item to item;
// - the shortcuts Jira and Trello users expect ("/", "c", "j"/"k", "?"), listed in a help dialog that "?" opens;
// - two live regions: "live-news", polite and throttled, for other people's changes (at most one announcement per
//   NEWS_PAUSE ms, several changes summed up in one), and "own-status" for the result of one's own action.
// Each page's script declares its lists and answers the shortcuts through window.OneBacklogKeys.
(function () {
    "use strict";

    const NEWS_PAUSE = 2500;

    // --- live regions ---------------------------------------------------------------------------------------------
    function region(id, politeness) {
        let element = document.getElementById(id);
        if (!element) {
            element = document.createElement("div");
            element.id = id;
            element.className = "visually-hidden";
            element.setAttribute("role", "status");
            element.setAttribute("aria-live", politeness);
            element.setAttribute("aria-atomic", "true");
            document.body.appendChild(element);
        }
        return element;
    }

    // Made at load: a screen reader only follows a live region that was there before its text changed.
    document.addEventListener("DOMContentLoaded", function () {
        region("live-news", "polite");
        region("own-status", "polite");
    });

    let queued = [];
    let lastNews = 0;
    let newsTimer = null;
    function flushNews() {
        newsTimer = null;
        if (!queued.length) {
            return;
        }
        const items = queued;
        queued = [];
        lastNews = Date.now();
        let text;
        if (items.length <= 3) {
            text = items.join(". ") + ".";
        } else {
            text = items.length + " changes: " + items.slice(0, 2).join(". ") + ", and " + (items.length - 2)
                + " more.";
        }
        region("live-news", "polite").textContent = text;
    }
    // Someone else's change, in words ("jonas moved Peer review to Review"): said at most once per pause.
    function news(text) {
        if (!text) {
            return;
        }
        queued.push(text);
        if (!newsTimer) {
            newsTimer = setTimeout(flushNews, Math.max(0, lastNews + NEWS_PAUSE - Date.now()));
        }
    }
    // The result of one's own action, said at once ("Moved to In Progress: 6 of 5, over the WIP limit").
    function status(text) {
        const element = region("own-status", "polite");
        // The same words twice in a row are said again only if the region changes in between.
        element.textContent = "";
        setTimeout(function () { element.textContent = text; }, 30);
    }

    // --- roving tab stops -----------------------------------------------------------------------------------------
    // data-roving="selector of its items" on the list; the current item's id (or key) is remembered per list, so a
    // list re-rendered by htmx or a live message keeps its stop where the person left it.
    const current = {};
    function listKey(list) {
        return list.id || list.dataset.rovingName || "";
    }
    function itemKey(item) {
        return item.id || item.dataset.rovingKey || item.dataset.planItem || item.dataset.itemKey || "";
    }
    function items(list) {
        return Array.from(list.querySelectorAll(list.dataset.roving)).filter(function (item) {
            return !item.hidden && item.closest("[data-roving]") === list && item.getClientRects().length > 0;
        });
    }
    function rove(list) {
        const all = Array.from(list.querySelectorAll(list.dataset.roving));
        const shown = items(list);
        const wanted = current[listKey(list)];
        const start = list.dataset.rovingStart;
        let stop = shown.find(function (item) { return itemKey(item) === wanted; })
            || shown.find(function (item) { return item === document.activeElement; })
            || (start && shown.find(function (item) { return item.matches(start); })) || shown[0];
        all.forEach(function (item) { item.tabIndex = item === stop ? 0 : -1; });
    }
    function roveAll() {
        document.querySelectorAll("[data-roving]").forEach(rove);
    }
    document.addEventListener("focusin", function (event) {
        const list = event.target.closest && event.target.closest("[data-roving]");
        if (list && event.target.matches(list.dataset.roving)) {
            current[listKey(list)] = itemKey(event.target);
            list.querySelectorAll(list.dataset.roving).forEach(function (item) {
                item.tabIndex = item === event.target ? 0 : -1;
            });
        }
    });
    // Moves the focus to another item of the same list (↑ ↓ Home End), or returns false.
    function step(item, key) {
        const list = item.closest("[data-roving]");
        if (!list) {
            return false;
        }
        const all = items(list);
        const at = all.indexOf(item);
        const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[key];
        if (to === undefined || to < 0 || to >= all.length || to === at) {
            return to !== undefined; // at an end the key does nothing, and scrolls nothing either
        }
        all[to].focus();
        return true;
    }
    // Focuses an item and makes it its list's stop (after a swap: the thing acted on).
    function focusItem(item) {
        if (!item) {
            return false;
        }
        const list = item.closest("[data-roving]");
        if (list) {
            current[listKey(list)] = itemKey(item);
            rove(list);
        }
        item.focus();
        return document.activeElement === item;
    }
    document.addEventListener("keydown", function (event) {
        if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }
        const list = event.target.closest && event.target.closest("[data-roving]");
        if (list && event.target.matches(list.dataset.roving) && step(event.target, event.key)) {
            event.preventDefault();
        }
    });
    document.addEventListener("DOMContentLoaded", roveAll);
    document.addEventListener("htmx:afterSettle", roveAll);
    document.addEventListener("live:swapped", roveAll);

    // --- shortcuts and their help ---------------------------------------------------------------------------------
    // Each page registers its shortcuts: {key, label, run}; plus fixed lines for keys its own script handles.
    const shortcuts = [];
    const notes = [];
    function typing(target) {
        return target.closest && target.closest("input, textarea, select, [contenteditable], dialog[open]");
    }
    document.addEventListener("keydown", function (event) {
        if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
            return;
        }
        if (event.key === "?") {
            event.preventDefault();
            openHelp();
            return;
        }
        const shortcut = shortcuts.find(function (s) { return s.key === event.key; });
        if (shortcut && shortcut.run(event) !== false) {
            event.preventDefault();
        }
    });

    let returnTo = null;
    function helpDialog() {
        let dialog = document.getElementById("keys-help");
        if (dialog) {
            return dialog;
        }
        dialog = document.createElement("dialog");
        dialog.id = "keys-help";
        dialog.className = "card keys-help";
        dialog.setAttribute("aria-labelledby", "keys-help-title");
        const title = document.createElement("h2");
        title.id = "keys-help-title";
        title.className = "card-title";
        title.textContent = "Keyboard shortcuts";
        dialog.appendChild(title);
        const table = document.createElement("table");
        table.className = "keys-table";
        const body = document.createElement("tbody");
        const lines = [{ keys: ["?"], label: "Show this help" }]
            .concat(shortcuts.map(function (s) { return { keys: [s.shown || s.key], label: s.label }; }))
            .concat(notes);
        lines.forEach(function (line) {
            const row = document.createElement("tr");
            const keys = document.createElement("th");
            keys.scope = "row";
            line.keys.forEach(function (key, i) {
                if (i > 0) { keys.appendChild(document.createTextNode(" ")); }
                const kbd = document.createElement("kbd");
                kbd.textContent = key;
                keys.appendChild(kbd);
            });
            const label = document.createElement("td");
            label.textContent = line.label;
            row.appendChild(keys);
            row.appendChild(label);
            body.appendChild(row);
        });
        table.appendChild(body);
        dialog.appendChild(table);
        const hint = document.createElement("p");
        hint.className = "hint";
        hint.textContent = "Shortcuts wait while you type in a field. Esc closes this help.";
        dialog.appendChild(hint);
        const form = document.createElement("form");
        form.method = "dialog";
        const close = document.createElement("button");
        close.className = "secondary";
        close.textContent = "Close";
        form.appendChild(close);
        dialog.appendChild(form);
        // showModal makes the page behind inert and Esc closes; Tab also wraps inside rather than leave for the
        // browser's own bar. On closing, the focus goes back to where it was.
        dialog.addEventListener("keydown", function (event) {
            if (event.key !== "Tab") {
                return;
            }
            const stops = Array.from(dialog.querySelectorAll("button, a[href], input, select, textarea"));
            const at = stops.indexOf(document.activeElement);
            event.preventDefault();
            stops[(at + (event.shiftKey ? stops.length - 1 : 1)) % stops.length].focus();
        });
        dialog.addEventListener("close", function () {
            if (returnTo && document.contains(returnTo)) {
                returnTo.focus();
            }
            returnTo = null;
        });
        document.body.appendChild(dialog);
        return dialog;
    }
    function openHelp() {
        const dialog = helpDialog();
        if (dialog.open) {
            return;
        }
        returnTo = document.activeElement && document.activeElement !== document.body ? document.activeElement : null;
        dialog.showModal();
        // The dialog itself takes the focus: read from its title, and on a small screen shown from the top.
        dialog.tabIndex = -1;
        dialog.scrollTop = 0;
        dialog.focus();
    }
    document.addEventListener("click", function (event) {
        if (event.target.closest && event.target.closest("[data-keys-help]")) {
            openHelp();
        }
    });
    // The visible hint, in the page's head: a button, so it is also the way in for a mouse.
    document.addEventListener("DOMContentLoaded", function () {
        const head = document.querySelector(".page-head");
        if (!head || head.querySelector("[data-keys-help]")) {
            return;
        }
        const button = document.createElement("button");
        button.type = "button";
        button.className = "link keys-hint";
        button.setAttribute("data-keys-help", "");
        button.setAttribute("aria-keyshortcuts", "?");
        button.innerHTML = "Keyboard: <kbd>?</kbd>";
        head.appendChild(button);
    });

    // j / k: the next or previous of a page's items, in page order, wherever the focus is now.
    function nextOf(selector, forward) {
        const all = Array.from(document.querySelectorAll(selector)).filter(function (item) {
            return !item.hidden && item.getClientRects().length > 0;
        });
        if (!all.length) {
            return null;
        }
        const active = document.activeElement;
        const at = all.findIndex(function (item) { return item === active || item.contains(active); });
        if (at < 0) {
            // From outside the items: the first one after the focus (or before it, going back).
            const after = all.filter(function (item) {
                return active && active !== document.body
                    && (active.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_FOLLOWING);
            });
            return forward ? after[0] || all[0] : all[all.length - after.length - 1] || all[0];
        }
        return all[Math.min(all.length - 1, Math.max(0, at + (forward ? 1 : -1)))];
    }

    window.OneBacklogKeys = {
        news: news,
        status: status,
        rove: roveAll,
        step: step,
        focusItem: focusItem,
        nextOf: nextOf,
        // key, shown key, what it does, and the function: returning false lets the key through.
        shortcut: function (key, label, run) {
            shortcuts.push({ key: key, label: label, run: run });
        },
        // A help line for keys a page's script handles itself (arrows on a card, Alt+↑ in the backlog).
        note: function (keys, label) {
            notes.push({ keys: keys, label: label });
        }
    };
})();
