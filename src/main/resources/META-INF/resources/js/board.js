// The board: cards move with their arrow buttons, the keyboard (← → on a focused card) or by dragging
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

    // A move posts the card's version, the column the person saw it in and where it goes. The request is made here,
    // not by attributes on every card: a card is sent on every live move, and its bytes count.
    function move(card, place, from) {
        htmx.ajax("POST", "/products/" + grid().dataset.product + "/board/tasks/" + card.dataset.taskId + "/move", {
            source: card, target: "#board-grid", swap: "outerHTML",
            values: Object.assign({ version: card.dataset.version, from: from }, place)
        });
    }

    // A dropped card names its neighbours in the cell: the server ranks it between them and touches no other card.
    function dropped(event) {
        if (event.from === event.to && event.oldIndex === event.newIndex) {
            return;
        }
        const card = event.item;
        const place = { column: event.to.dataset.column };
        const previous = card.previousElementSibling;
        const next = card.nextElementSibling;
        if (previous) { place.after = previous.dataset.taskId; } else if (next) { place.before = next.dataset.taskId; }
        move(card, place, event.from.dataset.column);
    }

    document.addEventListener("htmx:configRequest", function (event) {
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

    // Keyboard: ← → press the card's own move buttons; Enter opens the card's detail, e its editor. (↑ ↓ go from card
    // to card in the lane, one Tab stop per lane: keys.js.)
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
        if (event.key === "e" && !event.ctrlKey && !event.metaKey && !event.altKey) {
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
    // A card's arrows move it one column (like a drop); its title opens its detail.
    document.addEventListener("click", function (event) {
        const arrow = event.target.closest("button[data-task-move]");
        if (arrow) {
            const card = arrow.closest("article.task");
            move(card, { column: arrow.dataset.taskMove }, card.closest(".cell").dataset.column);
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

// The board for the keyboard and the screen reader (with keys.js): each lane's cards are one Tab stop (the lane's
// cells are a roving list), shortcuts, a lane's add-task fields reached with "c", the result of one's own move said
// with its column's WIP, and other people's changes said in words, found by comparing the cards before and after
// each live swap (a card's data-by names who changed it last).
(function () {
    "use strict";
    const keys = window.OneBacklogKeys;
    if (!keys) {
        return;
    }
    const CARDS = "#board-grid article.task[data-task-id]";

    function me() {
        const mine = document.querySelector('.board-filters [data-filter="mine"]');
        return mine ? mine.dataset.me : "";
    }
    function focusedLane() {
        const active = document.activeElement;
        return (active && active.closest && active.closest("#board-grid .lane")) || null;
    }
    function title(card) {
        const open = card.querySelector(".task-title");
        return open ? open.textContent.trim() : "a card";
    }
    function columnName(root, key) {
        const head = root.querySelector('.column-head[data-column="' + CSS.escape(key) + '"] .column-name');
        return head ? head.textContent.trim() : key;
    }

    // "Skip to the cards" lands on the first lane's stop, not on the grid's top.
    document.addEventListener("click", function (event) {
        if (!event.target.closest || !event.target.closest("[data-skip-to-cards]")) {
            return;
        }
        const first = document.querySelector(CARDS + '[tabindex="0"]') || keys.nextOf(CARDS, true);
        if (first) {
            event.preventDefault();
            keys.focusItem(first);
        }
    });

    keys.shortcut("/", "Filter the board", function () {
        const first = document.querySelector(".board-filters input, .board-filters select");
        if (!first) { return false; }
        first.focus();
    });
    keys.shortcut("c", "Add a task to the lane you are in (the first lane otherwise)", function () {
        const lane = focusedLane() || document.querySelector("#board-grid .lane:not([hidden])");
        const input = lane && lane.querySelector("[data-quick-add] input[name=title]");
        if (!input || input.getClientRects().length === 0) { return false; }
        input.focus();
    });
    keys.shortcut("j", "Next card", function () { keys.focusItem(keys.nextOf(CARDS, true)); });
    keys.shortcut("k", "Previous card", function () { keys.focusItem(keys.nextOf(CARDS, false)); });
    keys.note(["Tab"], "Next lane: each lane is one stop, on the card you were last on");
    keys.note(["↑", "↓", "Home", "End"], "Previous, next, first, last card of the lane, across its columns;"
        + " above the first card: the lane's item and its fold button");
    keys.note(["←", "→"], "Move the focused card one column left or right");
    keys.note(["Enter"], "Open the focused card");
    keys.note(["e"], "Change the focused card's assignee and remaining estimate");
    if (document.querySelector(".standup-start")) {
        keys.note(["s"], "Start the stand-up");
    }

    // A lane's add-task fields are out of the Tab order (the lanes would cost three stops each) until the person
    // is in them: then Tab goes from the title to the estimate and the button as usual.
    document.addEventListener("focusin", function (event) {
        const form = event.target.closest && event.target.closest("[data-quick-add]");
        if (form) {
            form.querySelectorAll("input, button").forEach(function (control) { control.tabIndex = 0; });
        }
    });
    document.addEventListener("focusout", function (event) {
        const form = event.target.closest && event.target.closest("[data-quick-add]");
        if (form && !(event.relatedTarget && form.contains(event.relatedTarget))) {
            form.querySelectorAll("input, button").forEach(function (control) { control.tabIndex = -1; });
        }
    });

    // One's own move or edit: the answer is the board as saved; say where the card is and what its column holds.
    // Heard on beforeSwap, which htmx fires on the grid: the card itself may already have been replaced by the live
    // message of this very move, and events on a detached card reach no one.
    document.addEventListener("htmx:beforeSwap", function (event) {
        const card = event.detail.elt && event.detail.elt.closest && event.detail.elt.closest("article.task[id]");
        const xhr = event.detail.xhr;
        const path = (event.detail.requestConfig && event.detail.requestConfig.path) || "";
        if (xhr && xhr.status >= 400 && /\/board\/items\/[^/]+\/tasks$/.test(path)) {
            refusedLane = decodeURIComponent(/items\/([^/]+)\/tasks$/.exec(path)[1]);
        }
        if (!xhr || !/\/board\/tasks\/\d+(\/move)?$/.test(path) || !xhr.responseText) {
            return;
        }
        const id = card ? card.id : "task-" + /tasks\/(\d+)/.exec(path)[1];
        const answer = new DOMParser().parseFromString(xhr.responseText, "text/html");
        const fresh = answer.getElementById(id);
        const note = fresh && fresh.querySelector(".card-note p");
        const moving = /\/move$/.test(path);
        if (xhr.status >= 400) {
            keys.status((moving ? "Not moved: " : "Not saved: ") + (note ? note.textContent.trim()
                : ((answer.querySelector(".board-message") || {}).textContent || "refused").trim()));
            return;
        }
        if (!moving || !fresh) {
            if (fresh) { keys.status("Saved " + title(fresh)); }
            return;
        }
        const column = fresh.closest(".cell").dataset.column;
        const head = answer.getElementById("column-" + column);
        let text = "Moved " + title(fresh) + " to " + columnName(answer, column);
        const count = head && head.querySelector(".column-count");
        if (count && count.textContent.indexOf("/") > 0) {
            const parts = count.textContent.split("/");
            text += " — " + parts[0].trim() + " of " + parts[1].trim()
                + (head.classList.contains("breached") ? ", over the WIP limit" : "");
        }
        keys.status(text);
    });

    // A refused move or edit: its note is on the card, which has the focus; the whole note is brought into view.
    document.addEventListener("htmx:afterSettle", function () {
        const active = document.activeElement;
        const note = active && active.matches && active.matches("article.task") && active.querySelector(".card-note");
        if (note) {
            note.scrollIntoView({ block: "nearest" });
        }
    });

    // A refused new task: its message goes from the top of the grid to the lane's add-task fields, and is said.
    let refusedLane = null;
    document.addEventListener("htmx:afterSettle", function () {
        const key = refusedLane;
        refusedLane = null;
        const message = key && document.querySelector("#board-grid .board-message");
        const lane = key && document.getElementById("lane-" + key);
        const form = lane && lane.querySelector("[data-quick-add]");
        if (!message || !form) {
            return;
        }
        message.id = "add-task-message-" + key;
        message.classList.add("lane-message");
        message.removeAttribute("role"); // said once, by the status below
        form.insertAdjacentElement("afterend", message);
        const title = form.querySelector("input[name=title]");
        title.setAttribute("aria-describedby", message.id);
        title.focus();
        keys.status("Not added: " + message.textContent.trim());
    });

    // Other people's changes, in words: the cards before a swap (a live message or a refetch of the grid) against
    // the cards after it. One's own changes are said by the status above, not here.
    let before = null;
    function snapshot() {
        const cards = new Map();
        document.querySelectorAll(CARDS).forEach(function (card) {
            const cell = card.closest(".cell");
            cards.set(card.id, { version: card.dataset.version, column: cell ? cell.dataset.column : "",
                title: title(card) });
        });
        return cards;
    }
    function tell() {
        if (!before) {
            return;
        }
        const was = before;
        before = null;
        const myself = me();
        document.querySelectorAll(CARDS).forEach(function (card) {
            const old = was.get(card.id);
            const by = card.dataset.by;
            if ((old && old.version === card.dataset.version) || !by || by === myself) {
                return;
            }
            const cell = card.closest(".cell");
            const column = cell ? cell.dataset.column : "";
            if (!old) {
                keys.news(by + " added " + title(card) + " to " + columnName(document, column));
            } else if (old.column !== column) {
                keys.news(by + " moved " + title(card) + " to " + columnName(document, column));
            } else {
                keys.news(by + " changed " + title(card));
            }
        });
    }
    document.addEventListener("live:swapping", function () { before = snapshot(); });
    document.addEventListener("live:swapped", tell);
    document.addEventListener("htmx:beforeSwap", function (event) {
        const target = event.detail.target;
        if (target && target.id === "board-grid" && event.detail.requestConfig
                && event.detail.requestConfig.verb === "get" && event.detail.shouldSwap) {
            before = snapshot();
        }
    });
    document.addEventListener("htmx:afterSettle", function (event) {
        if (event.detail.target && event.detail.target.id === "board-grid") { tell(); }
    });
})();
