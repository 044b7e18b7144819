// Live updates: every product page listens on /live/{product}. Messages are HTML for htmx out-of-band swaps,
// numbered (a board gets the changed cards by id, or its whole grid when its structure changed); a gap in the numbers, or a reconnect, makes the page fetch its view again. The connection comes back
// on its own, forever, with a growing pause; a banner says since when the page is not live.
(function () {
    "use strict";
    const product = document.body.dataset.live;
    if (!product || !window.WebSocket) {
        return;
    }
    const view = document.body.dataset.view || "";
    // A wall TV has no login: its display token opens the socket.
    const token = document.body.dataset.token;
    const status = document.getElementById("live-status");
    let lastSeq = null;
    // The number the page was rendered at: a hello past it means a change landed between the page being read and
    // the socket joining, which no message will bring.
    let renderedAt = document.body.dataset.seq ? Number(document.body.dataset.seq) : null;
    let delay = 500;
    let downSince = null;

    // What each view fetches again when it may have missed something.
    const refetch = {
        board: { target: "#board-grid" },
        backlog: { target: "#backlog-lists" },
        planning: { target: "#workspace" },
        review: { target: "#review" },
        tv: { target: "#tv" }
    };

    // One refetch at a time: htmx queues a second request against the element it finds now, which the first
    // response replaces, so the queued one would swap into a detached element and the update would be lost.
    // A request asked for meanwhile runs once the current one is done.
    let inFlight = false;
    let again = false;
    function resync() {
        const spec = refetch[view];
        if (!spec || !document.querySelector(spec.target)) {
            return;
        }
        if (inFlight) {
            again = true;
            return;
        }
        inFlight = true;
        htmx.ajax("GET", window.location.pathname + window.location.search,
            { target: spec.target, select: spec.target, swap: "outerHTML" })
            .catch(function () { /* the banner and the next change or reconnect take it from here */ })
            .finally(function () {
                inFlight = false;
                if (again) {
                    again = false;
                    resync();
                }
            });
    }
    // Other scripts (the TV's periodic refresh) ask for a refetch through the same queue.
    document.addEventListener("live:refresh", resync);

    function showDown() {
        if (!downSince) {
            downSince = new Date();
        }
        const time = downSince.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
        status.textContent = "Not live since " + time + ". Reconnecting…";
        status.hidden = false;
    }

    // Someone typing on the board (a new task, a remaining estimate) keeps their text: a fresh grid waits until
    // they leave the field, and the card messages after it wait behind it, in order.
    let pending = [];
    function typing() {
        const active = document.activeElement;
        return active && active.closest && active.closest("#board-grid") && /INPUT|SELECT|TEXTAREA/.test(active.tagName);
    }
    function swap(html) {
        // A card replaced under the keyboard focus keeps it.
        const focused = document.activeElement && document.activeElement.matches
            && document.activeElement.matches("article.task[id]") ? document.activeElement.id : null;
        htmx.swap(document.body, html, { swapStyle: "none" });
        const card = focused && document.getElementById(focused);
        if (card && document.activeElement !== card) {
            card.focus();
        }
        document.dispatchEvent(new CustomEvent("live:swapped"));
    }
    function swapWhenNotTyping(html, grid) {
        if (grid) {
            pending = [];
        }
        if (pending.length || (grid && typing())) {
            pending.push(html);
            return;
        }
        swap(html);
    }
    document.addEventListener("focusout", function () {
        if (pending.length) {
            setTimeout(function () {
                if (!typing()) {
                    const queued = pending;
                    pending = [];
                    queued.forEach(swap);
                }
            }, 0);
        }
    });

    // A card message names the cells it fills and the heads it replaces, by id. If one of those is not on the page, the page is not what the server
    // thinks it is: fetch the board again rather than lose a card.
    function targetsPresent(html) {
        if (pending.length) {
            return true; // a fresh grid is waiting: it has them
        }
        const oob = /<([a-z]+)\b[^>]*?\bhx-swap-oob="([^"]+)"[^>]*>/g;
        let match;
        while ((match = oob.exec(html)) !== null) {
            const value = match[2];
            let selector = null;
            if (value.indexOf(":") > 0) {
                selector = value.substring(value.indexOf(":") + 1);
            } else if (value !== "delete") {
                const id = /\bid="([^"]+)"/.exec(match[0]);
                selector = id && id[1] !== "live-seq" ? "#" + id[1] : null;
            }
            if (selector && !document.querySelector(selector)) {
                return false;
            }
        }
        return true;
    }

    function connect() {
        const scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
        const socket = new WebSocket(scheme + window.location.host + "/live/" + encodeURIComponent(product)
            + "?view=" + encodeURIComponent(view) + (token ? "&token=" + encodeURIComponent(token) : ""));
        socket.onopen = function () {
            delay = 500;
            if (downSince) {
                downSince = null;
                status.hidden = true;
                resync();
            }
        };
        socket.onmessage = function (event) {
            const match = /data-seq="(\d+)"/.exec(event.data);
            const seq = match ? Number(match[1]) : null;
            const hello = event.data.indexOf('data-change="hello"') >= 0;
            if (hello) {
                lastSeq = seq;
                if (renderedAt !== null && seq !== renderedAt) {
                    resync();
                }
                renderedAt = null;
                return;
            }
            const gap = lastSeq !== null && seq !== lastSeq + 1;
            lastSeq = seq;
            // "resync": the server knows this page may have missed changes (made on another instance).
            if (gap || event.data.indexOf('data-change="resync"') >= 0) {
                resync();
                return;
            }
            // A TV's "folded" number: its frame comes with the next one.
            if (event.data.indexOf('data-change="folded"') >= 0) {
                return;
            }
            // Boards and TVs get their fresh fragment pushed (a board: the changed cards, or its grid); other
            // views fetch theirs.
            const grid = event.data.indexOf('id="board-grid"') >= 0 && document.getElementById("board-grid");
            const cards = !grid && view === "board" && event.data.indexOf('hx-swap-oob="', event.data.indexOf("</div>")) > 0
                && document.getElementById("board-grid");
            if (grid || (event.data.indexOf('id="tv"') >= 0 && document.getElementById("tv"))) {
                swapWhenNotTyping(event.data, true);
            } else if (cards) {
                if (targetsPresent(event.data)) {
                    swapWhenNotTyping(event.data, false);
                } else {
                    resync();
                }
            } else if (view !== "board") {
                resync();
            }
        };
        socket.onclose = function (event) {
            if (event.code === 4401) {
                // The display token was revoked: it will not come back, so the TV stops trying.
                status.textContent = "This display was switched off: its token was revoked.";
                status.hidden = false;
                document.body.classList.add("revoked");
                return;
            }
            showDown();
            setTimeout(connect, delay);
            delay = Math.min(delay * 2, 30000);
        };
    }

    connect();
})();
