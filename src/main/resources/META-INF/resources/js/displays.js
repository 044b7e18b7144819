// TV displays: after the panel comes back from a create, the keyboard focus is on the new display's row (the row whose
// id was not there before) and its creation is said; after a revoke, on the row that followed it (or the heading).
(function () {
    "use strict";
    let before = null;
    let after = null;

    function rows() {
        return Array.from(document.querySelectorAll("tr[data-display-id]"));
    }
    document.addEventListener("htmx:configRequest", function (event) {
        if (!event.detail.target || event.detail.target.id !== "displays-panel") {
            return;
        }
        before = rows().map(function (row) { return row.dataset.displayId; });
        const row = event.detail.elt.closest && event.detail.elt.closest("tr[data-display-id]");
        const next = row && (row.nextElementSibling || row.previousElementSibling);
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
        const fresh = rows().find(function (row) { return known.indexOf(row.dataset.displayId) < 0; });
        const target = fresh || (after && document.querySelector('tr[data-display-id="' + CSS.escape(after) + '"]'))
            || document.getElementById("displays-title");
        if (!target) {
            return;
        }
        target.tabIndex = -1;
        target.focus();
        if (fresh && window.OneBacklogKeys) {
            window.OneBacklogKeys.status("Display " + fresh.cells[0].textContent.trim()
                + " created. Its address is shown once, above the table.");
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
