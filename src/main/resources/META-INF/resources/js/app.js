// OneBacklog's little shared JavaScript: what every page needs and htmx has no attribute for. Each page that orders
// things by hand (backlog, planning, board) loads its own script beside this one.
(function () {
    "use strict";

    // After a refused form, put the keyboard focus on the first field that needs fixing; a flash goes after a while.
    document.addEventListener("htmx:afterSwap", function () {
        const invalid = document.querySelector('[aria-invalid="true"]');
        if (invalid) {
            invalid.focus();
        }
        const flash = document.getElementById("flash");
        if (flash && flash.firstElementChild) {
            setTimeout(function () { flash.innerHTML = ""; }, 6000);
        }
    });

    // The value statement field matters for technical items: make it prominent when that kind is chosen.
    document.addEventListener("change", function (event) {
        if (event.target.matches("[data-toggles-value-statement]")) {
            const field = event.target.form.querySelector(".field-value");
            if (field) {
                field.classList.toggle("optional", event.target.value !== "TECHNICAL");
            }
        }
    });

    // Sprint review: the print button (the print stylesheet lays the report out on A4).
    document.addEventListener("click", function (event) {
        if (event.target.closest && event.target.closest("[data-print]")) {
            window.print();
        }
    });
    // A disclosure (the phone's "Menu", the backlog's "Add an item"): the button says whether its part is open, and
    // the stylesheet shows or hides that part on small screens by that attribute; Escape folds it again.
    document.addEventListener("click", function (event) {
        const toggle = event.target.closest && event.target.closest("[data-disclosure]");
        if (toggle) {
            toggle.setAttribute("aria-expanded", String(toggle.getAttribute("aria-expanded") !== "true"));
        }
    });
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") {
            return;
        }
        document.querySelectorAll('[data-disclosure][aria-expanded="true"]').forEach(function (toggle) {
            const part = document.getElementById(toggle.getAttribute("aria-controls"));
            if (part && part.contains(document.activeElement)) {
                toggle.setAttribute("aria-expanded", "false");
                toggle.focus();
            }
        });
    });
})();
