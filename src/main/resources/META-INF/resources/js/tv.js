// The wall TV: it only listens (live.js), and rotates between its screens when its display token says so.
// Everything here is set up once; the frame that live updates replace holds no listeners or timers, so the page
// can run for days without growing.
(function () {
    "use strict";
    const body = document.body;
    const screens = ["overview", "burndown", "capacity"];
    let seconds = 0;
    let rotation = null;
    let index = 0;

    // The display's rotation: set when the page was opened, and changed in place on the displays page. Every frame
    // carries the rotation of each display of the product (data-rotations="12:30 14:0"), so a live frame brings
    // this TV its new one without a reload and without a new address.
    function rotateEvery(next) {
        if (next === seconds) {
            return;
        }
        seconds = next;
        clearInterval(rotation);
        rotation = null;
        if (seconds > 0) {
            body.dataset.rotate = String(seconds);
            rotation = setInterval(function () {
                index = (index + 1) % screens.length;
                body.dataset.show = screens[index];
                fit();
            }, seconds * 1000);
        } else {
            delete body.dataset.rotate;
            index = 0;
            body.dataset.show = screens[0];
            fit();
        }
    }
    function followDisplay() {
        const frame = document.getElementById("tv");
        const id = body.dataset.display;
        if (!frame || !id) {
            return;
        }
        const mine = (frame.dataset.rotations || "").split(" ").map(function (pair) { return pair.split(":"); })
            .find(function (pair) { return pair[0] === id; });
        if (mine) {
            rotateEvery(Number(mine[1]));
        }
    }

    // Each column (and each part of a stand-up step) shows as many whole cards as its screen has room for, then
    // "and N more": measured, not counted, so a 720p TV and a 4K one each show what fits them. When a column's
    // cards do not all fit at full size, a first or last column lists its items by title instead (what is waiting,
    // what is finished), and a working column turns compact (a title and its badges per card) before any card is
    // hidden. The "and N more" line carries the number it says in data-hidden.
    function fitsIn(list, entry) {
        return entry.getBoundingClientRect().bottom <= list.getBoundingClientRect().bottom + 0.5;
    }
    function cut(list, more, unsent, what) {
        const entries = Array.from(list.children);
        more.hidden = false; // its line is kept free while measuring
        more.textContent = "and " + entries.length + " more";
        let shown = entries.length;
        while (shown > 0 && !fitsIn(list, entries[shown - 1])) {
            shown--;
        }
        entries.slice(shown).forEach(function (entry) { entry.hidden = true; });
        const hidden = entries.length - shown + unsent;
        more.dataset.hidden = String(hidden);
        more.hidden = hidden === 0;
        more.textContent = (shown === 0 ? hidden : "and " + hidden + " more") + what;
    }
    function fitOne(box) {
        const list = box.querySelector(".tv-fit-list");
        const stories = box.querySelector(".tv-stories");
        const more = box.querySelector(".tv-more");
        if (!list || !more) {
            return;
        }
        const unsent = Number(more.dataset.unsent || 0);
        box.classList.remove("compact", "by-story");
        list.hidden = false;
        if (stories) {
            stories.hidden = true;
            Array.from(stories.children).forEach(function (entry) { entry.hidden = false; });
        }
        const cards = Array.from(list.children);
        cards.forEach(function (card) { card.hidden = false; });
        more.hidden = unsent === 0;
        more.dataset.hidden = String(unsent);
        more.textContent = "and " + unsent + " more";
        if (!cards.length || fitsIn(list, cards[cards.length - 1])) {
            return;
        }
        if (stories) {
            box.classList.add("by-story");
            list.hidden = true;
            stories.hidden = false;
            cut(stories, more, 0, stories.children.length === 1 ? " item" : " items");
        } else {
            box.classList.add("compact");
            cut(list, more, unsent, "");
        }
    }
    function fit() {
        document.querySelectorAll(".tv-fit").forEach(function (box) {
            if (box.offsetParent !== null) {
                fitOne(box);
            }
        });
    }
    rotateEvery(Number(body.dataset.rotate || 0));
    fit();
    document.addEventListener("live:swapped", followDisplay);
    document.addEventListener("htmx:afterSettle", followDisplay);
    // htmx settles the swapped columns' classes a moment after the swap: measure again once they are final.
    document.addEventListener("live:swapped", function () { fit(); setTimeout(fit, 60); });
    document.addEventListener("htmx:afterSettle", fit);
    window.addEventListener("resize", fit);
    if (document.fonts) {
        document.fonts.ready.then(fit);
    }

    // A stand-up walk nobody steps on lapses on the server with no message: the frame says when, and the TV then
    // fetches it again (the board, unless someone stepped meanwhile). One timer, replaced with every frame.
    let lapse = null;
    function followLapse() {
        clearTimeout(lapse);
        const standup = document.querySelector("[data-standup-ends-in]");
        if (standup) {
            lapse = setTimeout(function () {
                htmx.trigger(body, "live-refetch");
            }, Number(standup.dataset.standupEndsIn) * 1000);
        }
    }
    followLapse();
    document.addEventListener("live:swapped", followLapse);
    document.addEventListener("htmx:afterSettle", followLapse);

    // Days left and the burndown's "today" move on at midnight even when nobody changes anything.
    setInterval(function () {
        if (!body.classList.contains("revoked")) {
            htmx.trigger(body, "live-refetch");
        }
    }, 10 * 60 * 1000);
})();
