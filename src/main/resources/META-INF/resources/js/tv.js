// The wall TV: it only listens (live.js), and rotates between its screens when its display token says so.
// Everything here is set up once; the frame that live updates replace holds no listeners or timers, so the page
// can run for days without growing.
(function () {
    "use strict";
    const body = document.body;
    const screens = ["overview", "burndown", "capacity"];
    const seconds = Number(body.dataset.rotate || 0);
    let index = 0;

    if (seconds > 0) {
        setInterval(function () {
            index = (index + 1) % screens.length;
            body.dataset.show = screens[index];
        }, seconds * 1000);
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
