// The board on a phone: one column at a time. The buttons above the lanes choose it; the body says which
// (data-column-shown, a column's place from 1), so the stylesheet hides the others even in lanes swapped in live.
// The choice is kept per product in localStorage.
(function () {
    "use strict";
    const nav = document.querySelector("[data-column-switch]");
    if (!nav) {
        return;
    }
    const buttons = Array.from(nav.querySelectorAll("[data-show-column]"));
    const key = "onebacklog.column." + nav.dataset.product;

    function show(place) {
        const chosen = place >= 1 && place <= buttons.length ? place : 1;
        document.body.dataset.columnShown = String(chosen);
        buttons.forEach(function (button, index) {
            button.setAttribute("aria-pressed", String(index + 1 === chosen));
        });
        try {
            localStorage.setItem(key, String(chosen));
        } catch (e) {
            // private mode: the choice lasts as long as the page
        }
    }

    nav.addEventListener("click", function (event) {
        const button = event.target.closest("[data-show-column]");
        if (button) {
            show(Number(button.dataset.showColumn));
        }
    });
    let stored = 1;
    try {
        stored = Number(localStorage.getItem(key)) || 1;
    } catch (e) {
        // no storage: the first column
    }
    show(stored);
})();
