// TV displays: after the panel comes back from a create, the keyboard focus is on the new display (the one whose id
// was not there before) and its creation is said; after a revoke, on the display that followed it (or the heading);
// after its views are saved, on its Views select again.
(function () {
    "use strict";
    let before = null;
    let after = null;
    let views = null;

    function displays() {
        return Array.from(document.querySelectorAll("[data-display-id]"));
    }
    function nameOf(display) {
        const name = display.querySelector(".display-name");
        return name ? name.textContent.trim() : "";
    }
    document.addEventListener("htmx:configRequest", function (event) {
        if (!event.detail.target || event.detail.target.id !== "displays-panel") {
            return;
        }
        before = displays().map(function (display) { return display.dataset.displayId; });
        const form = event.detail.elt.closest && event.detail.elt.closest("form.display-views");
        views = form ? form.querySelector("select").id : null;
        const display = event.detail.elt.closest && event.detail.elt.closest("[data-display-id]");
        const next = display && (display.nextElementSibling || display.previousElementSibling);
        after = next ? next.dataset.displayId : null;
    });
    document.addEventListener("htmx:afterSettle", function () {
        if (before === null || !document.getElementById("displays-panel")) {
            return;
        }
        const known = before;
        before = null;
        if (document.querySelector('#displays-panel [aria-invalid="true"]')) {
            return; // app.js puts the focus on the field to fix
        }
        if (views && document.getElementById(views)) {
            document.getElementById(views).focus();
            return;
        }
        const fresh = displays().find(function (display) { return known.indexOf(display.dataset.displayId) < 0; });
        const target = fresh || (after && document.querySelector('[data-display-id="' + CSS.escape(after) + '"]'))
            || document.getElementById("displays-title");
        if (!target) {
            return;
        }
        target.tabIndex = -1;
        target.focus();
        if (fresh && window.OneBacklogKeys) {
            window.OneBacklogKeys.status("Display " + nameOf(fresh) + " created. Its address is shown once, above the list.");
        }
    });
})();
(function () {
    "use strict";
    if (window.OneBacklogKeys) {
        window.OneBacklogKeys.shortcut("c", "Add a display (its name field)", function () {
            const name = document.getElementById("display-name");
            if (!name) { return false; }
            name.focus();
        });
    }
})();
