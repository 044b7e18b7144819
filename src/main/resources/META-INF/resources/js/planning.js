// Planning: drag an item from the backlog list into the sprint list to commit it, and back to take it out
// (SortableJS: mouse and touch). The buttons on each row do the same for the keyboard.
(function () {
    "use strict";

    // The list an item lands in posts it through its hidden form (hx-trigger="dropped"): commit or take out.
    htmx.onLoad(function (content) {
        if (!content.querySelectorAll || !document.body.classList.contains("can-contribute")) {
            return;
        }
        content.querySelectorAll("ol[data-plan-list]").forEach(function (list) {
            if (Sortable.get(list)) {
                return;
            }
            Sortable.create(list, {
                group: "plan",
                sort: false,
                draggable: "li.plan-row",
                filter: "button",
                preventOnFilter: false,
                delay: 200,
                delayOnTouchOnly: true,
                animation: 150,
                ghostClass: "dragging",
                onAdd: function (event) {
                    const form = event.to.parentElement.querySelector("form.plan-drop");
                    form.elements.namedItem("item").value = event.item.dataset.planItem;
                    htmx.trigger(form, "dropped");
                }
            });
        });
    });
})();
