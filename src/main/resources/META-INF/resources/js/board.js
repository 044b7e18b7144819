// The board: cards move with their arrow buttons (hx-post), the keyboard (← → on a focused card) or by dragging
// within their lane (SortableJS: mouse and touch). Every move carries the card's version; the server answers with
// the fresh board.
(function () {
    "use strict";
    let focusTask = null;

    function grid() {
        return document.getElementById("board-grid");
    }

    // Each cell is a list of cards; a card goes to another cell of its own lane only (the lane is the group).
    htmx.onLoad(function (content) {
        if (!content.querySelectorAll || !document.body.classList.contains("can-contribute")) {
            return;
        }
        content.querySelectorAll(".cell[data-column]").forEach(function (cell) {
            if (Sortable.get(cell)) {
                return;
            }
            Sortable.create(cell, {
                group: "lane-" + cell.dataset.lane,
                draggable: "article.task",
                filter: "button, select, input",
                preventOnFilter: false,
                delay: 200,
                delayOnTouchOnly: true,
                animation: 150,
                ghostClass: "dragging",
                onEnd: dropped
            });
        });
    });

    // The card posts its move (hx-trigger="dropped") naming its neighbours in the cell: the server ranks it between
    // them and touches no other card.
    function dropped(event) {
        if (event.from === event.to && event.oldIndex === event.newIndex) {
            return;
        }
        const card = event.item;
        const place = { column: event.to.dataset.column };
        const previous = card.previousElementSibling;
        const next = card.nextElementSibling;
        if (previous) { place.after = previous.dataset.taskId; } else if (next) { place.before = next.dataset.taskId; }
        htmx.trigger(card, "dropped", place);
    }

    document.addEventListener("htmx:configRequest", function (event) {
        const trigger = event.detail.triggeringEvent;
        if (trigger && trigger.type === "dropped") {
            ["column", "after", "before"].forEach(function (name) {
                if (trigger.detail[name]) { event.detail.parameters[name] = trigger.detail[name]; }
            });
        }
        const card = event.detail.elt && event.detail.elt.closest && event.detail.elt.closest("article.task[id]");
        if (card) {
            focusTask = card.id;
        }
    });

    document.addEventListener("click", function (event) {
        const toggle = event.target.closest(".lane-toggle");
        if (toggle) {
            const lane = toggle.closest(".lane");
            lane.classList.toggle("collapsed");
            toggle.setAttribute("aria-expanded", lane.classList.contains("collapsed") ? "false" : "true");
        }
    });

    // Keyboard: ← → press the card's own move buttons; Enter opens the editor.
    document.addEventListener("keydown", function (event) {
        const card = event.target.closest && event.target.closest("article.task[data-task-id]");
        if (!card || event.target !== card) {
            return;
        }
        if (event.key === "Enter") {
            event.preventDefault();
            openEditor(card);
            return;
        }
        const label = event.key === "ArrowLeft" ? "←" : event.key === "ArrowRight" ? "→" : null;
        card.querySelectorAll("button[data-task-move]").forEach(function (button) {
            if (label && button.textContent.trim() === label) {
                event.preventDefault();
                button.click();
            }
        });
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

    // A card's change is answered with the board as it stood when the change was saved. Its live message, or a
    // later change's, may come in first: with the socket open the live messages place the cards, so a slow answer
    // never puts an older board back over a newer move. Refusals (4xx) always show.
    document.addEventListener("htmx:beforeSwap", function (event) {
        const target = event.detail.target;
        if (event.detail.xhr.status === 200 && target && target.id === "board-grid"
                && event.detail.requestConfig.verb === "post" && document.body.dataset.socket === "open") {
            event.detail.shouldSwap = false;
        }
    });
    document.addEventListener("live:swapped", function () {
        applyFilters();
        const card = focusTask && document.getElementById(focusTask);
        if (card) { card.focus(); focusTask = null; }
    });
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
