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

    // Folded lanes stay folded for this person, across live updates and reloads. Finished lanes start folded.
    function foldKey() {
        return "board-folds:" + (grid() ? grid().dataset.product : "");
    }
    function folds() {
        try { return JSON.parse(localStorage.getItem(foldKey())) || {}; } catch (e) { return {}; }
    }
    function applyFolds() {
        const saved = folds();
        document.querySelectorAll("#board-grid .lane").forEach(function (lane) {
            const finished = lane.hasAttribute("data-finished")
                || (lane.querySelector(".status") || {}).textContent === "Done";
            const folded = lane.dataset.lane in saved ? saved[lane.dataset.lane] : finished;
            lane.classList.toggle("collapsed", folded);
            const toggle = lane.querySelector(".lane-toggle");
            if (toggle) { toggle.setAttribute("aria-expanded", folded ? "false" : "true"); }
        });
    }
    document.addEventListener("click", function (event) {
        const toggle = event.target.closest(".lane-toggle");
        if (toggle) {
            const lane = toggle.closest(".lane");
            const saved = folds();
            saved[lane.dataset.lane] = !lane.classList.contains("collapsed");
            try { localStorage.setItem(foldKey(), JSON.stringify(saved)); } catch (e) { /* private mode */ }
            applyFolds();
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
            card.querySelector(".task-open").click();
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

    // Filters: mine, one person, technical, blocked, changed since the stand-up. They only hide cards (the board is
    // the same for everyone), live in the address so "my board" can be bookmarked, and the column counts follow.
    function filters() {
        const form = document.querySelector(".board-filters");
        if (!form) { return null; }
        const value = function (name) { return form.querySelector('[data-filter="' + name + '"]'); };
        return {
            form: form, me: value("mine").dataset.me, mine: value("mine").checked,
            technical: value("technical").checked, blocked: value("blocked").checked,
            changed: value("changed").checked, person: value("assignee").value
        };
    }
    function shows(f, lane, card) {
        return (!f.mine || card.dataset.assignee === f.me)
            && (!f.person || card.dataset.assignee === f.person)
            && (!f.technical || lane.dataset.kind === "TECHNICAL" || card.classList.contains("dod"))
            && (!f.blocked || card.classList.contains("is-blocked") || lane.hasAttribute("data-blocked"))
            && (!f.changed || card.classList.contains("is-changed"));
    }
    function applyFilters() {
        const f = filters();
        if (!f || !grid()) { return; }
        const filtering = f.mine || f.technical || f.blocked || f.changed || f.person;
        const shown = {};
        grid().querySelectorAll(".lane").forEach(function (lane) {
            let visible = 0;
            lane.querySelectorAll("article.task").forEach(function (card) {
                const show = shows(f, lane, card);
                card.hidden = !show;
                if (show) {
                    visible++;
                    const column = card.closest(".cell").dataset.column;
                    shown[column] = (shown[column] || 0) + 1;
                }
            });
            lane.hidden = filtering && visible === 0 && !(f.technical && !f.blocked && !f.changed && !f.mine
                && !f.person && lane.dataset.kind === "TECHNICAL");
        });
        grid().querySelectorAll(".column-head").forEach(function (head) {
            let count = head.querySelector(".column-shown");
            if (!count) {
                count = document.createElement("span");
                count.className = "column-shown";
                head.appendChild(count);
            }
            count.hidden = !filtering;
            count.textContent = (shown[head.dataset.column] || 0) + " shown";
        });
        applyFolds();
    }
    function filtersFromAddress() {
        const f = filters();
        if (!f) { return; }
        const query = new URLSearchParams(window.location.search);
        ["mine", "technical", "blocked", "changed"].forEach(function (name) {
            f.form.querySelector('[data-filter="' + name + '"]').checked = query.get(name) === "1";
        });
        if (query.get("person")) { f.form.querySelector('[data-filter="assignee"]').value = query.get("person"); }
    }
    function filtersToAddress() {
        const f = filters();
        const query = new URLSearchParams();
        ["mine", "technical", "blocked", "changed"].forEach(function (name) { if (f[name]) { query.set(name, "1"); } });
        if (f.person) { query.set("person", f.person); }
        const search = query.toString();
        history.replaceState(history.state, "", window.location.pathname + (search ? "?" + search : ""));
    }
    document.addEventListener("change", function (event) {
        if (event.target.closest(".board-filters")) { filtersToAddress(); applyFilters(); }
    });
    document.addEventListener("DOMContentLoaded", function () { filtersFromAddress(); applyFilters(); });
    document.addEventListener("keydown", function (event) {
        const typing = event.target.closest && event.target.closest("input, textarea, select, dialog, [contenteditable]");
        const start = document.querySelector(".standup-start");
        if (!typing && start && event.key === "s" && !event.ctrlKey && !event.metaKey && !event.altKey
                && !event.target.closest("article.task")) {
            window.location.href = start.href;
        }
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
    // A card's arrows move it one column (the card's own hx-post, like a drop); its title opens its detail.
    document.addEventListener("click", function (event) {
        const move = event.target.closest("button[data-task-move]");
        if (move) {
            htmx.trigger(move.closest("article.task"), "dropped", { column: move.dataset.taskMove });
        }
        const open = event.target.closest(".task-open");
        if (open) {
            htmx.ajax("GET", "/products/" + grid().dataset.product + "/board/tasks/"
                + open.closest("article.task").dataset.taskId + "/detail", { target: "#task-detail", swap: "innerHTML" });
        }
    });
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
    // A card's detail opens in its dialog once htmx has put it there.
    document.addEventListener("htmx:afterSwap", function (event) {
        const dialog = document.getElementById("task-detail");
        if (dialog && event.detail.target === dialog && !dialog.open) { dialog.showModal(); }
    });
    // "Since the stand-up": open or closed as the person left it; while open it follows the live changes (fetched
    // a moment after a burst, once), while closed it costs nothing.
    const NEWS_OPEN = "standup-news-open";
    let newsTimer = null;
    document.addEventListener("DOMContentLoaded", function () {
        const news = document.getElementById("standup-news");
        if (!news) { return; }
        try { news.open = localStorage.getItem(NEWS_OPEN) === "1"; } catch (e) { /* private mode */ }
        news.addEventListener("toggle", function () {
            try { localStorage.setItem(NEWS_OPEN, news.open ? "1" : "0"); } catch (e) { /* private mode */ }
        });
    });
    document.addEventListener("live:swapped", function () {
        const news = document.getElementById("standup-news");
        if (news && news.open) {
            clearTimeout(newsTimer);
            newsTimer = setTimeout(function () { htmx.trigger(news, "news-refresh"); }, 700);
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
