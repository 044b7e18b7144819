// Stand-up mode: → (or n, or Space) goes to the next person, ← (or p) back; each step's links are htmx links, so
// the keys just press them. A step's timebox counts down and says when the time is up.
(function () {
    "use strict";
    let timer = null;

    document.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey
                || (event.target.closest && event.target.closest("input, textarea, select, [contenteditable]"))) {
            return;
        }
        const next = ["ArrowRight", "n", " "].includes(event.key);
        const previous = ["ArrowLeft", "p"].includes(event.key);
        const link = document.querySelector(next ? "[data-standup-next]" : previous ? "[data-standup-prev]" : null);
        if ((next || previous) && link) {
            event.preventDefault();
            link.click();
        }
    });

    function startTimebox() {
        clearInterval(timer);
        const box = document.querySelector(".timebox[data-seconds]");
        if (!box) { return; }
        let left = parseInt(box.dataset.seconds, 10);
        timer = setInterval(function () {
            left--;
            box.textContent = left > 0 ? left + "s" : "Time";
            box.classList.toggle("is-over", left <= 0);
            if (left <= 0) { clearInterval(timer); }
        }, 1000);
    }
    document.addEventListener("DOMContentLoaded", startTimebox);
    document.addEventListener("htmx:afterSwap", startTimebox);
})();
