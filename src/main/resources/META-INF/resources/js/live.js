// Live updates: every product page listens on /live/{product}. Messages are HTML for htmx out-of-band swaps,
// numbered (a board gets the changed cards by id, or its whole grid when its structure changed). A gap in the
// numbers, a "resync" or a reconnect makes the page fetch its view again: live.js only triggers "live-refetch" on
// the body, and each view's root says how it fetches itself (hx-get … hx-trigger="live-refetch from:body",
// hx-sync="this:replace" so a newer refetch replaces one in flight). The connection comes back on its own,
// forever, with a growing pause; a banner says since when the page is not live. From the socket's hello until it
// closes, the body carries data-socket="open" (what browser tests wait for).
(function () {
    "use strict";
    const body = document.body;
    const product = body.dataset.live;
    if (!product || !window.WebSocket) {
        return;
    }
    const view = body.dataset.view || "";
    // A wall TV has no login: its display token opens the socket.
    const token = body.dataset.token;
    const status = document.getElementById("live-status");
    const ROOTS = '[hx-trigger~="live-refetch"]';
    let lastSeq = null;
    // The number the page was rendered at: a hello past it means a change landed between the page being read and
    // the socket joining, which no message will bring.
    let renderedAt = body.dataset.seq ? Number(body.dataset.seq) : null;
    let delay = 500;
    let downSince = null;

    // Other scripts (the TV's periodic refresh) ask for a refetch the same way.
    function resync() {
        htmx.trigger(body, "live-refetch");
    }

    function showDown() {
        if (!downSince) {
            downSince = new Date();
        }
        const time = downSince.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
        status.textContent = "Not live since " + time + ". Reconnecting…";
        status.hidden = false;
    }

    // Someone typing in a live view (a new task, a remaining estimate) keeps their text: a fresh view waits until
    // they leave the field, and the messages after it wait behind it, in order.
    let pending = [];
    function typing() {
        const active = document.activeElement;
        return active && active.closest && active.closest(ROOTS) && /INPUT|SELECT|TEXTAREA/.test(active.tagName);
    }
    // A board message sends the cards that changed and names the unchanged ones around them (hx-preserve): the page
    // keeps its own. A page that lacks one of them is not what the server thinks it is.
    function keepsAll(html) {
        const kept = /<article id="([^"]+)" hx-preserve>/g;
        let match;
        while ((match = kept.exec(html)) !== null) {
            if (!document.getElementById(match[1])) {
                return false;
            }
        }
        return true;
    }
    function swap(html) {
        if (!keepsAll(html)) {
            resync();
            return;
        }
        // An element replaced under the keyboard focus keeps it.
        const focused = document.activeElement && document.activeElement.id ? document.activeElement.id : null;
        document.dispatchEvent(new CustomEvent("live:swapping"));
        htmx.swap(body, html, { swapStyle: "none" });
        const again = focused && document.getElementById(focused);
        // Cards and rows in a list with one Tab stop are focusable with tabindex -1 too.
        if (again && document.activeElement !== again && (again.tabIndex >= 0 || again.hasAttribute("tabindex"))) {
            again.focus();
        }
        document.dispatchEvent(new CustomEvent("live:swapped"));
    }
    function swapWhenNotTyping(html, whole) {
        if (whole) {
            pending = [];
        }
        if (pending.length || (whole && typing())) {
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

    // The elements a message swaps, by selector (the live marker left out).
    function targets(html) {
        const oob = /<([a-z]+)\b[^>]*?\bhx-swap-oob="([^"]+)"[^>]*>/g;
        const found = [];
        let match;
        while ((match = oob.exec(html)) !== null) {
            const value = match[2];
            if (value.indexOf(":") > 0) {
                found.push(value.substring(value.indexOf(":") + 1));
            } else if (value !== "delete") {
                const id = /\bid="([^"]+)"/.exec(match[0]);
                if (id && id[1] !== "live-seq") {
                    found.push("#" + id[1]);
                }
            }
        }
        return found;
    }

    // A message that replaces a view's root is swapped whole. One that names parts of a view (cells, heads) by id
    // is swapped if all of them are on the page; if one is not, the page is not what the server thinks it is:
    // fetch the view again rather than lose a card. A bare marker means "fetch your view".
    function apply(html) {
        const parts = targets(html);
        if (!parts.length) {
            resync();
            return;
        }
        const whole = parts.some(function (selector) {
            const element = document.querySelector(selector);
            return element && element.matches(ROOTS);
        });
        if (whole) {
            swapWhenNotTyping(html, true);
        } else if (pending.length || parts.every(function (selector) { return document.querySelector(selector); })) {
            swapWhenNotTyping(html, false); // with a fresh view waiting, that view has them
        } else {
            resync();
        }
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
            if (event.data.indexOf('data-change="hello"') >= 0) {
                lastSeq = seq;
                if (renderedAt !== null && seq !== renderedAt) {
                    resync();
                }
                renderedAt = null;
                body.dataset.socket = "open";
                return;
            }
            const gap = lastSeq !== null && seq !== lastSeq + 1;
            lastSeq = seq;
            // "resync": the server knows this page may have missed changes (made on another instance).
            if (gap || event.data.indexOf('data-change="resync"') >= 0) {
                resync();
                return;
            }
            // A TV's "folded" number: its frame comes with the next one. "unchanged": nothing this view shows
            // changed (the stand-up walk moved on, which only the TV follows).
            if (event.data.indexOf('data-change="folded"') >= 0 || event.data.indexOf('data-change="unchanged"') >= 0) {
                return;
            }
            apply(event.data);
        };
        socket.onclose = function (event) {
            delete body.dataset.socket;
            if (event.code === 4440) {
                // The session behind this page has ended (logout elsewhere, a password change): the page reloads
                // and meets the login page.
                window.location.reload();
                return;
            }
            if (event.code === 4401) {
                // The display token was revoked: it will not come back, so the TV stops trying.
                status.textContent = "This display was switched off: its token was revoked.";
                status.hidden = false;
                body.classList.add("revoked");
                return;
            }
            showDown();
            setTimeout(connect, delay);
            delay = Math.min(delay * 2, 30000);
        };
    }

    connect();
})();
