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
})();
