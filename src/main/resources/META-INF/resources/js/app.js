// OneBacklog's little JavaScript: what htmx has no answer for. Backlog ordering by drag and drop and by keyboard.
// Every move is sent to the server, which answers with the re-rendered lists; the server's order is the truth.
(function () {
    "use strict";

    let focusAfterSwap = null;

    function lists() {
        return document.getElementById("backlog-lists");
    }

    function canOrder() {
        return document.body.classList.contains("can-order");
    }

    function post(path, values) {
        const container = lists();
        if (!container) {
            return;
        }
        const product = container.dataset.product;
        const state = {};
        container.querySelectorAll("#filter-state input").forEach(function (input) {
            state[input.name] = input.value;
        });
        focusAfterSwap = values.item;
        htmx.ajax("POST", "/products/" + product + "/backlog/" + path, {
            target: "#backlog-lists",
            swap: "outerHTML",
            values: Object.assign(state, values)
        });
    }

    // Up and down step past the neighbour the person sees, so a move in a filtered list is visible at once.
    function move(row, direction) {
        const ranked = row.parentElement && row.parentElement.dataset.list === "ranked";
        if (ranked && direction === "UP") {
            const previous = row.previousElementSibling;
            if (previous) { post("rank", { item: row.dataset.itemKey, before: previous.dataset.itemKey }); }
            return;
        }
        if (ranked && direction === "DOWN") {
            const next = row.nextElementSibling;
            if (next && next.dataset.itemKey) {
                post("rank", { item: row.dataset.itemKey, after: next.dataset.itemKey });
            } else if (next) {
                // The last loaded row: its neighbour below is not loaded yet, but the server knows it.
                post("move", { item: row.dataset.itemKey, move: direction });
            }
            return;
        }
        post("move", { item: row.dataset.itemKey, move: direction });
    }

    // Buttons on each row: up, down, top, place.
    document.addEventListener("click", function (event) {
        const button = event.target.closest("button[data-move]");
        if (!button) {
            return;
        }
        const row = button.closest("[data-item-key]");
        if (row) {
            move(row, button.dataset.move);
        }
    });

    // Keyboard: Alt+Up/Down moves the focused row one place, Alt+Home/End to the top or bottom.
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
        const direction = { ArrowUp: "UP", ArrowDown: "DOWN", Home: "TOP", End: "BOTTOM" }[event.key];
        if (direction) {
            event.preventDefault();
            move(row, direction);
        }
    });

    function nextListFirst(row) {
        const ranked = document.querySelector('[data-list="ranked"]');
        return row.parentElement !== ranked && ranked ? ranked.firstElementChild : null;
    }

    // Drag and drop: rows are draggable for the Product Owner; dropping asks the server to place the item.
    let dragged = null;

    document.addEventListener("mousedown", function (event) {
        const row = event.target.closest && event.target.closest("li.row[data-item-key]");
        if (row && canOrder()) {
            row.setAttribute("draggable", "true");
        }
    });

    document.addEventListener("dragstart", function (event) {
        const row = event.target.closest && event.target.closest("li.row[data-item-key]");
        if (!row || !canOrder()) {
            return;
        }
        dragged = row;
        row.classList.add("dragging");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", row.dataset.itemKey);
    });

    document.addEventListener("dragover", function (event) {
        if (!dragged) {
            return;
        }
        const row = event.target.closest && event.target.closest('[data-list="ranked"] li.row');
        clearMarks();
        if (!row || row === dragged) {
            return;
        }
        event.preventDefault();
        const box = row.getBoundingClientRect();
        row.classList.add(event.clientY < box.top + box.height / 2 ? "drop-before" : "drop-after");
    });

    document.addEventListener("drop", function (event) {
        if (!dragged) {
            return;
        }
        const row = event.target.closest && event.target.closest('[data-list="ranked"] li.row');
        if (row && row !== dragged) {
            event.preventDefault();
            const before = row.classList.contains("drop-before");
            const values = { item: dragged.dataset.itemKey };
            if (before) { values.before = row.dataset.itemKey; } else { values.after = row.dataset.itemKey; }
            post("rank", values);
        }
        clearMarks();
    });

    document.addEventListener("dragend", function () {
        if (dragged) {
            dragged.classList.remove("dragging");
            dragged.removeAttribute("draggable");
        }
        dragged = null;
        clearMarks();
    });

    function clearMarks() {
        document.querySelectorAll(".drop-before, .drop-after").forEach(function (el) {
            el.classList.remove("drop-before", "drop-after");
        });
    }

    // The backlog shows its ranked rows a page at a time. Whatever re-renders the lists (a move, a new item, a live
    // refetch) asks for as many rows as are loaded, so the answer is the person's window, not the whole backlog;
    // a new search or filter starts at the top again.
    document.addEventListener("htmx:configRequest", function (event) {
        const target = event.detail.target;
        const container = lists();
        if (!container || !target || (target.id !== "backlog-lists" && target.id !== "backlog-main")
            || (event.detail.elt && event.detail.elt.id === "filters")) {
            return;
        }
        event.detail.parameters.shown = container.querySelectorAll('[data-list="ranked"] > li.row').length;
    });

    // After the lists are re-rendered, keep the keyboard focus on the row that moved; after a refused form,
    // put it on the first field that needs fixing.
    document.addEventListener("htmx:afterSwap", function (event) {
        const invalid = event.detail.target && event.detail.target.querySelector
            ? document.querySelector('[aria-invalid="true"]') : null;
        if (invalid) {
            invalid.focus();
        }
        if (focusAfterSwap) {
            const row = document.querySelector('li.row[data-item-key="' + CSS.escape(focusAfterSwap) + '"]');
            if (row) { row.focus(); }
            focusAfterSwap = null;
        }
        const flash = document.getElementById("flash");
        if (flash && flash.firstElementChild) {
            setTimeout(function () { flash.innerHTML = ""; }, 6000);
        }
    });

    // The value statement field matters for technical items: make it prominent when that kind is chosen.
    document.addEventListener("change", function (event) {
        if (event.target.matches("[data-toggles-value-statement]")) {
            const field = event.target.form.querySelector(".field-value");
            if (field) {
                field.classList.toggle("optional", event.target.value !== "TECHNICAL");
            }
        }
    });
})();

// Planning: drag an item from the backlog list into the sprint list to commit it, and back to take it out.
// The buttons on each row do the same for the keyboard.
(function () {
    "use strict";
    let dragged = null;

    document.addEventListener("dragstart", function (event) {
        const row = event.target.closest && event.target.closest("li.plan-row[data-plan-item]");
        if (!row || !document.body.classList.contains("can-contribute")) {
            return;
        }
        dragged = row;
        row.classList.add("dragging");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", row.dataset.planItem);
    });

    document.addEventListener("mousedown", function (event) {
        const row = event.target.closest && event.target.closest("li.plan-row[data-plan-item]");
        if (row && !event.target.closest("button") && document.body.classList.contains("can-contribute")) {
            row.setAttribute("draggable", "true");
        }
    });

    function targetList(event) {
        const section = event.target.closest && event.target.closest(".plan-list");
        if (!section || !dragged) {
            return null;
        }
        const list = section.querySelector("[data-plan-list]");
        const kind = section.classList.contains("sprint-list") ? "sprint" : "backlog";
        const from = dragged.closest("[data-plan-list]");
        return from && from.dataset.planList !== kind ? { section: section, kind: kind, list: list } : null;
    }

    document.addEventListener("dragover", function (event) {
        const target = targetList(event);
        document.querySelectorAll(".plan-list.drop-target").forEach(function (el) { el.classList.remove("drop-target"); });
        if (target) {
            event.preventDefault();
            target.section.classList.add("drop-target");
        }
    });

    document.addEventListener("drop", function (event) {
        const target = targetList(event);
        if (!target) {
            return;
        }
        event.preventDefault();
        const workspace = document.getElementById("workspace");
        const action = target.kind === "sprint" ? "commit" : "uncommit";
        htmx.ajax("POST", "/products/" + workspace.dataset.product + "/planning/" + workspace.dataset.sprint + "/" + action, {
            target: "#workspace", swap: "outerHTML", values: { item: dragged.dataset.planItem }
        });
    });

    document.addEventListener("dragend", function () {
        if (dragged) {
            dragged.classList.remove("dragging");
            dragged.removeAttribute("draggable");
        }
        dragged = null;
        document.querySelectorAll(".plan-list.drop-target").forEach(function (el) { el.classList.remove("drop-target"); });
    });
})();

// The board: move cards with their arrow buttons, the keyboard (← → on a focused card) or drag and drop within
// the card's lane. Every move carries the card's version; the server answers with the fresh board.
(function () {
    "use strict";
    let focusTask = null;

    function grid() {
        return document.getElementById("board-grid");
    }

    // "from" is the column the person saw the card in, so a refusal can say "Jonas moved this card".
    function move(card, column, place) {
        const cell = card.closest(".cell");
        const values = { column: column, version: card.dataset.version, from: cell ? cell.dataset.column : "" };
        Object.assign(values, place || {});
        focusTask = card.id;
        htmx.ajax("POST", "/products/" + grid().dataset.product + "/board/tasks/" + card.dataset.taskId + "/move", {
            target: "#board-grid", swap: "outerHTML", values: values
        });
    }

    document.addEventListener("click", function (event) {
        const button = event.target.closest("button[data-task-move]");
        if (button) {
            move(button.closest("[data-task-id]"), button.dataset.taskMove);
            return;
        }
        const toggle = event.target.closest(".lane-toggle");
        if (toggle) {
            const lane = toggle.closest(".lane");
            lane.classList.toggle("collapsed");
            toggle.setAttribute("aria-expanded", lane.classList.contains("collapsed") ? "false" : "true");
        }
    });

    document.addEventListener("keydown", function (event) {
        const card = event.target.closest && event.target.closest("article.task[data-task-id]");
        if (!card || event.target !== card) {
            return;
        }
        const buttons = card.querySelectorAll("button[data-task-move]");
        const label = event.key === "ArrowLeft" ? "←" : event.key === "ArrowRight" ? "→" : null;
        if (!label) {
            return;
        }
        buttons.forEach(function (button) {
            if (button.textContent.trim() === label) {
                event.preventDefault();
                button.click();
            }
        });
    });

    let dragged = null;
    document.addEventListener("mousedown", function (event) {
        const card = event.target.closest && event.target.closest("article.task[data-task-id]");
        if (card && !event.target.closest("button, select, input") && document.body.classList.contains("can-contribute")) {
            card.setAttribute("draggable", "true");
        }
    });
    document.addEventListener("dragstart", function (event) {
        const card = event.target.closest && event.target.closest("article.task[data-task-id]");
        if (!card) { return; }
        dragged = card;
        card.classList.add("dragging");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", card.dataset.taskId);
    });
    function cellFor(event) {
        const cell = event.target.closest && event.target.closest(".cell[data-column]");
        return cell && dragged && cell.dataset.lane === dragged.closest(".cell").dataset.lane ? cell : null;
    }
    document.addEventListener("dragover", function (event) {
        document.querySelectorAll(".cell.drop-here").forEach(function (c) { c.classList.remove("drop-here"); });
        const cell = cellFor(event);
        if (cell) {
            event.preventDefault();
            cell.classList.add("drop-here");
        }
    });
    document.addEventListener("drop", function (event) {
        const cell = cellFor(event);
        if (!cell) { return; }
        event.preventDefault();
        const cards = Array.prototype.filter.call(cell.querySelectorAll("article.task"), function (c) { return c !== dragged; });
        let index = cards.length;
        cards.forEach(function (c, i) {
            const box = c.getBoundingClientRect();
            if (index === cards.length && event.clientY < box.top + box.height / 2) { index = i; }
        });
        // Name the neighbours in this lane: the server ranks the card between them and touches no other card.
        const place = {};
        if (index < cards.length) { place.before = cards[index].dataset.taskId; }
        else if (cards.length) { place.after = cards[cards.length - 1].dataset.taskId; }
        move(dragged, cell.dataset.column, place);
    });
    document.addEventListener("dragend", function () {
        if (dragged) { dragged.classList.remove("dragging"); dragged.removeAttribute("draggable"); }
        dragged = null;
        document.querySelectorAll(".cell.drop-here").forEach(function (c) { c.classList.remove("drop-here"); });
    });

    // Filters: mine, technical only, one assignee. They only hide; the board itself is the same for everyone.
    function applyFilters() {
        const form = document.querySelector(".board-filters");
        if (!form || !grid()) { return; }
        const mine = form.querySelector('[data-filter="mine"]');
        const technical = form.querySelector('[data-filter="technical"]').checked;
        const assignee = form.querySelector('[data-filter="assignee"]').value;
        const me = mine.dataset.me;
        grid().querySelectorAll(".lane").forEach(function (lane) {
            let visible = 0;
            lane.querySelectorAll("article.task").forEach(function (card) {
                const show = (!mine.checked || card.dataset.assignee === me)
                    && (!assignee || card.dataset.assignee === assignee)
                    && (!technical || lane.dataset.kind === "TECHNICAL" || card.classList.contains("dod"));
                card.hidden = !show;
                if (show) { visible++; }
            });
            const filtering = mine.checked || technical || assignee;
            lane.hidden = filtering && visible === 0 && !(technical && lane.dataset.kind === "TECHNICAL");
        });
    }
    document.addEventListener("change", function (event) {
        if (event.target.closest(".board-filters")) { applyFilters(); }
    });
    // One shared editor for assignee and remaining estimate: cards stay light, live messages small.
    let editing = null;
    // kept: what the person typed before a refusal ({assignee, remaining, note}); otherwise the card's values.
    function openEditor(card, kept) {
        const dialog = document.getElementById("task-editor");
        if (!dialog || !document.body.classList.contains("can-contribute")) { return; }
        editing = card.id;
        dialog.querySelector("#editor-title").textContent = card.querySelector(".task-title").textContent;
        dialog.querySelector("#editor-assignee").value = kept ? kept.assignee : card.dataset.assignee || "";
        dialog.querySelector("#editor-remaining").value = kept ? kept.remaining : card.dataset.remaining || "";
        const note = dialog.querySelector("#editor-note");
        note.textContent = kept ? kept.note : "";
        note.hidden = !kept;
        dialog.showModal();
    }
    function reopen(button) {
        const card = button.closest("article.task");
        const meta = card.querySelector(".task-edit");
        openEditor(card, {
            assignee: button.dataset.assignee, remaining: button.dataset.remaining,
            note: button.dataset.lead + ". Saved now: " + meta.textContent.trim()
                + ". Your values are kept below; Save puts them over it."
        });
    }
    document.addEventListener("click", function (event) {
        const edit = event.target.closest("[data-task-edit]");
        if (edit) { openEditor(edit.closest("article.task")); }
        const again = event.target.closest("[data-reedit]");
        if (again) { reopen(again); }
    });
    document.addEventListener("keydown", function (event) {
        const card = event.target.closest && event.target.closest("article.task[data-task-id]");
        if (card && event.target === card && event.key === "Enter") {
            event.preventDefault();
            openEditor(card);
        }
    });
    document.addEventListener("close", function (event) {
        if (event.target.id !== "task-editor" || event.target.returnValue !== "save" || !editing) { return; }
        const card = document.getElementById(editing);
        if (!card) { return; }
        const dialog = event.target;
        focusTask = card.id;
        htmx.ajax("POST", "/products/" + grid().dataset.product + "/board/tasks/" + card.dataset.taskId, {
            target: "#board-grid", swap: "outerHTML", values: {
                version: card.dataset.version,
                assignee: dialog.querySelector("#editor-assignee").value,
                remaining: dialog.querySelector("#editor-remaining").value
            }
        });
    }, true);

    document.addEventListener("live:swapped", applyFilters);
    document.addEventListener("htmx:afterSwap", function () {
        applyFilters();
        if (focusTask) {
            const card = document.getElementById(focusTask);
            if (card) { card.focus(); }
            // A refused edit: the editor opens again with what the person typed, the saved values beside it.
            const again = card && card.querySelector("[data-reedit]");
            if (again) { reopen(again); }
            focusTask = null;
        }
    });
})();

// ---- Sprint review: the print button (the print stylesheet lays the report out on A4) ------------------------
document.addEventListener("click", function (event) {
    "use strict";
    if (event.target.closest && event.target.closest("[data-print]")) {
        window.print();
    }
});
