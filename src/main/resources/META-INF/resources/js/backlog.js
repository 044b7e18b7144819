// The backlog: the Product Owner orders it by dragging a row (SortableJS: mouse and touch), with the row buttons or
// with the keyboard. Every move is sent to the server, which answers with the re-rendered lists; its order is the
// truth.
(function () {
    "use strict";

    let focusAfterSwap = null;

    function canOrder() {
        return document.body.classList.contains("can-order");
    }

    // Dropping a ranked row names the neighbour it now follows (or, at the top, precedes) in the rank form's hidden
    // inputs; the form posts them, as in htmx's Sortable example.
    htmx.onLoad(function (content) {
        const list = content.querySelector && content.querySelector('[data-list="ranked"]');
        if (!list || !canOrder() || Sortable.get(list)) {
            return;
        }
        Sortable.create(list, {
            draggable: "li.row",
            filter: "button, summary, input",
            preventOnFilter: false,
            delay: 200,
            delayOnTouchOnly: true,
            animation: 150,
            ghostClass: "dragging",
            onEnd: function (event) {
                if (event.oldIndex === event.newIndex) {
                    return;
                }
                const row = event.item;
                const previous = row.previousElementSibling;
                const next = row.nextElementSibling;
                const form = document.getElementById("rank-form");
                form.elements.namedItem("item").value = row.dataset.itemKey;
                form.elements.namedItem("after").value = previous ? previous.dataset.itemKey : "";
                form.elements.namedItem("before").value = !previous && next && next.dataset.itemKey
                    ? next.dataset.itemKey : "";
                focusAfterSwap = row.dataset.itemKey;
                htmx.trigger(form, "ranked");
            }
        });
    });

    document.addEventListener("htmx:configRequest", function (event) {
        const elt = event.detail.elt;
        const button = elt && elt.closest && elt.closest("button[data-move]");
        if (button) {
            focusAfterSwap = button.closest("li.row").dataset.itemKey;
            stepPastTheSeenNeighbour(button, event.detail);
        }
        // The backlog shows its ranked rows a page at a time. Whatever re-renders the lists (a move, a new item, a
        // live refetch) asks for as many rows as are loaded, so the answer is the person's window, not the whole
        // backlog; a new search or filter starts at the top again.
        const target = event.detail.target;
        if (target && (target.id === "backlog-lists" || target.id === "backlog-main") && !(elt && elt.id === "filters")) {
            event.detail.parameters.shown = document.querySelectorAll('[data-list="ranked"] > li.row').length;
        }
    });

    // Up and down in the ranked list step past the neighbour the person sees, so a move in a filtered list is
    // visible at once. The last loaded row moving down keeps "DOWN": its neighbour is not loaded, the server knows it.
    function stepPastTheSeenNeighbour(button, request) {
        const up = button.dataset.move === "UP";
        if ((!up && button.dataset.move !== "DOWN") || !button.closest('[data-list="ranked"]')) {
            return;
        }
        const row = button.closest("li.row");
        const neighbour = up ? row.previousElementSibling : row.nextElementSibling;
        if (neighbour && neighbour.dataset.itemKey) {
            request.path = request.path.replace(/\/move$/, "/rank");
            delete request.parameters.move;
            request.parameters[up ? "before" : "after"] = neighbour.dataset.itemKey;
        }
    }

    // Keyboard: ↑/↓ go from row to row, Enter opens the item; Alt+↑/↓ move the focused row one place, Alt+Home/End
    // to the top or bottom, through the row's own buttons (an unranked row's up and down place it at the top or bottom).
    document.addEventListener("keydown", function (event) {
        const row = event.target.closest && event.target.closest("li.row[data-item-key]");
        if (!row || event.target !== row) {
            return;
        }
        if (event.key === "ArrowDown" && !event.altKey) {
            const sibling = row.nextElementSibling;
            const next = sibling && sibling.dataset.itemKey ? sibling : sibling ? null : nextListFirst(row);
            if (next) { next.focus(); event.preventDefault(); }
            return;
        }
        if (event.key === "ArrowUp" && !event.altKey) {
            const previous = row.previousElementSibling;
            if (previous) { previous.focus(); event.preventDefault(); }
            return;
        }
        if (event.key === "Enter") {
            const link = row.querySelector("a.title");
            if (link) { link.click(); }
            return;
        }
        if (!event.altKey || !canOrder()) {
            return;
        }
        const ranked = row.parentElement.dataset.list === "ranked";
        const direction = {
            ArrowUp: ranked ? "UP" : "TOP", ArrowDown: ranked ? "DOWN" : "BOTTOM", Home: "TOP", End: "BOTTOM"
        }[event.key];
        const button = direction && row.querySelector('button[data-move="' + direction + '"]');
        if (button) {
            event.preventDefault();
            button.click();
        }
    });

    function nextListFirst(row) {
        const ranked = document.querySelector('[data-list="ranked"]');
        return row.parentElement !== ranked && ranked ? ranked.firstElementChild : null;
    }

    // After the lists are re-rendered, keep the keyboard focus on the row that moved.
    document.addEventListener("htmx:afterSwap", function () {
        if (focusAfterSwap) {
            const row = document.querySelector('li.row[data-item-key="' + CSS.escape(focusAfterSwap) + '"]');
            if (row) { row.focus(); }
            focusAfterSwap = null;
        }
    });
})();

// The backlog's shortcuts (keys.js lists them in its help): "/" searches, "c" adds an item, j / k go from row to row.
(function () {
    "use strict";
    const keys = window.OneBacklogKeys;
    if (!keys) {
        return;
    }
    const ROWS = "li.row[data-item-key]";
    keys.shortcut("/", "Search the backlog", function () {
        const search = document.getElementById("filter-q");
        if (!search) { return false; }
        search.focus();
        search.select();
    });
    keys.shortcut("c", "Add an item (the title field of the form)", function () {
        const title = document.getElementById("new-title");
        if (!title) { return false; }
        title.focus();
    });
    keys.shortcut("j", "Next item", function () {
        const row = keys.nextOf(ROWS, true);
        if (row) { row.focus(); }
    });
    keys.shortcut("k", "Previous item", function () {
        const row = keys.nextOf(ROWS, false);
        if (row) { row.focus(); }
    });
    // Other people's changes, said politely: the rows before and after a live refetch of the lists (GET; one's own
    // moves and additions are POSTs): an item added, one moved to another place, a title changed.
    let before = null;
    function rows() {
        return Array.from(document.querySelectorAll(ROWS)).map(function (row) {
            const title = row.querySelector("a.title");
            return { key: row.dataset.itemKey, title: title ? title.textContent.trim() : "" };
        });
    }
    document.addEventListener("htmx:beforeSwap", function (event) {
        if (event.detail.target && event.detail.target.id === "backlog-lists" && event.detail.requestConfig
                && event.detail.requestConfig.verb === "get" && event.detail.elt
                && event.detail.elt.id === "backlog-lists") {
            before = rows();
        }
    });
    document.addEventListener("htmx:afterSettle", function () {
        if (!before) {
            return;
        }
        const was = before;
        before = null;
        const now = rows();
        const old = {};
        was.forEach(function (row) { old[row.key] = row.title; });
        now.forEach(function (row) {
            if (!(row.key in old)) {
                keys.news(row.key + " " + row.title + " was added");
            } else if (old[row.key] !== row.title) {
                keys.news(row.key + " is now called " + row.title);
            }
        });
        // One item moved: the one whose removal leaves both orders the same.
        const a = was.map(function (row) { return row.key; }).filter(function (key) {
            return now.some(function (row) { return row.key === key; });
        });
        const b = now.map(function (row) { return row.key; }).filter(function (key) { return key in old; });
        if (a.join() !== b.join()) {
            const moved = b.find(function (key) {
                return a.filter(function (k) { return k !== key; }).join() === b.filter(function (k) {
                    return k !== key;
                }).join();
            });
            const row = moved && document.querySelector('li.row[data-item-key="' + CSS.escape(moved) + '"] .position');
            keys.news(row ? moved + " moved to place " + row.textContent.trim() : "The backlog's order changed");
        }
    });

    keys.note(["↑", "↓"], "Previous, next item");
    keys.note(["Enter"], "Open the focused item");
    if (document.body.classList.contains("can-order")) {
        keys.note(["Alt+↑", "Alt+↓"], "Move the focused item one place up or down");
        keys.note(["Alt+Home", "Alt+End"], "Move the focused item to the top or the bottom");
    }
})();
