// Stand-up mode: → (or n, or Space) goes to the next person, ← (or p) back, fetching the step the step's links
// name. A step's timebox counts down and says when the time is up.
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
        const link = (next || previous) && document.querySelector(next ? "[data-standup-next]" : "[data-standup-prev]");
        if (link) {
            // Fetched here rather than by clicking the link: a step just swapped in has links htmx has not
            // processed yet (it does so as the swap settles), and a click then would load the whole page.
            event.preventDefault();
            const url = link.getAttribute("href");
            htmx.ajax("GET", url, { target: "#standup-step", select: "#standup-step", swap: "outerHTML" })
                .then(function () { history.pushState({}, "", url); });
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
