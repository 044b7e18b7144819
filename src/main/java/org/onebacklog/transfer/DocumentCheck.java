package org.onebacklog.transfer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.onebacklog.backlog.ItemKind;
import org.onebacklog.backlog.ItemStatus;
import org.onebacklog.capacity.PolicyMode;
import org.onebacklog.dod.TaskCategory;
import org.onebacklog.failure.Checks;
import org.onebacklog.history.Happening;
import org.onebacklog.product.EstimateUnit;
import org.onebacklog.product.Role;
import org.onebacklog.sprint.SprintState;

/**
 * Plain checks of a product document before anything is written: every value the import needs is there and every
 * reference points at something in the document. Each violation names its place as a JSON pointer.
 */
final class DocumentCheck {

    private final Checks checks = new Checks();

    private DocumentCheck() {
    }

    static void check(ProductDocument document) {
        DocumentCheck check = new DocumentCheck();
        check.document(document);
        check.checks.throwIfAny();
    }

    /** Null lists are empty: a hand-written document may leave out what the product does not have. */
    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private void document(ProductDocument document) {
        if (!ProductDocument.FORMAT.equals(document.format())) {
            checks.add("/format", "This is not a OneBacklog product document (format \"" + ProductDocument.FORMAT
                    + "\")");
        }
        if (document.version() == null || document.version() != ProductDocument.VERSION) {
            checks.add("/version", "This instance reads version " + ProductDocument.VERSION + " of the document");
        }
        ProductDocument.Body product = document.product();
        if (product == null) {
            checks.add("/product", "The document has no product");
            return;
        }
        text(product.name(), "/product/name", "Give the product a name");
        choice(product.unit(), EstimateUnit.class, "/product/unit", false);
        List<ProductDocument.Member> members = list(product.members());
        for (int i = 0; i < members.size(); i++) {
            String at = "/product/members/" + i;
            if (members.get(i) == null) {
                checks.add(at, "A member needs a username and a role");
                continue;
            }
            text(members.get(i).username(), at + "/username", "A member needs a username");
            choice(members.get(i).role(), Role.class, at + "/role", true);
        }
        if (product.capacityPolicy() != null) {
            choice(product.capacityPolicy().mode(), PolicyMode.class, "/product/capacityPolicy/mode", false);
        }
        List<ProductDocument.Column> columns = list(product.columns());
        for (int i = 0; i < columns.size(); i++) {
            String at = "/product/columns/" + i;
            if (columns.get(i) == null) {
                checks.add(at, "A column needs a key and a name");
                continue;
            }
            text(columns.get(i).key(), at + "/key", "A column needs a key");
            text(columns.get(i).name(), at + "/name", "A column needs a name");
        }
        Set<Integer> criteria = new HashSet<>();
        List<ProductDocument.Criterion> criterionList = list(product.criteria());
        for (int i = 0; i < criterionList.size(); i++) {
            ProductDocument.Criterion criterion = criterionList.get(i);
            String at = "/product/criteria/" + i;
            if (criterion == null || !criteria.add(criterion.ref())) {
                checks.add(at + "/ref", "Each criterion needs a ref of its own");
                continue;
            }
            text(criterion.text(), at + "/text", "A criterion needs a text");
            choice(criterion.category(), TaskCategory.class, at + "/category", false);
        }
        Set<Integer> sprints = new HashSet<>();
        for (ProductDocument.Sprint sprint : list(product.sprints())) {
            if (sprint != null) {
                sprints.add(sprint.ref());
            }
        }
        Set<Integer> items = items(list(product.items()), sprints);
        sprints(list(product.sprints()), items);
        tasks(list(product.tasks()), items, criteria);
        history(list(product.history()), sprints);
        List<ProductDocument.Display> displays = list(product.displays());
        for (int i = 0; i < displays.size(); i++) {
            text(displays.get(i) == null ? null : displays.get(i).name(), "/product/displays/" + i + "/name",
                    "A display needs a name");
        }
    }

    private Set<Integer> items(List<ProductDocument.Item> items, Set<Integer> sprints) {
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ProductDocument.Item item = items.get(i);
            String at = "/product/items/" + i;
            if (item == null) {
                checks.add(at, "An item needs a number, a kind and a title");
                continue;
            }
            if (item.number() == null || item.number() < 1 || !numbers.add(item.number())) {
                checks.add(at + "/number", "Each item needs a number of its own, from 1");
            }
            choice(item.kind(), ItemKind.class, at + "/kind", true);
            text(item.title(), at + "/title", "An item needs a title");
            choice(item.status(), ItemStatus.class, at + "/status", false);
            if (item.sprint() != null && !sprints.contains(item.sprint())) {
                checks.add(at + "/sprint", "There is no sprint " + item.sprint() + " in the document");
            }
        }
        return numbers;
    }

    private void sprints(List<ProductDocument.Sprint> sprints, Set<Integer> items) {
        Set<Integer> refs = new HashSet<>();
        for (int i = 0; i < sprints.size(); i++) {
            ProductDocument.Sprint sprint = sprints.get(i);
            String at = "/product/sprints/" + i;
            if (sprint == null || !refs.add(sprint.ref())) {
                checks.add(at + "/ref", "Each sprint needs a ref of its own");
                continue;
            }
            text(sprint.name(), at + "/name", "A sprint needs a name");
            if (sprint.start() == null) {
                checks.add(at + "/start", "A sprint needs a start date");
            }
            if (sprint.end() == null) {
                checks.add(at + "/end", "A sprint needs an end date");
            }
            choice(sprint.state(), SprintState.class, at + "/state", true);
            List<ProductDocument.Commitment> commitments = list(sprint.commitments());
            for (int j = 0; j < commitments.size(); j++) {
                if (commitments.get(j) == null || !items.contains(commitments.get(j).item())) {
                    checks.add(at + "/commitments/" + j + "/item", "There is no such item in the document");
                }
            }
        }
    }

    private void tasks(List<ProductDocument.Task> tasks, Set<Integer> items, Set<Integer> criteria) {
        Set<Integer> refs = new HashSet<>();
        for (int i = 0; i < tasks.size(); i++) {
            ProductDocument.Task task = tasks.get(i);
            String at = "/product/tasks/" + i;
            if (task == null || !refs.add(task.ref())) {
                checks.add(at + "/ref", "Each task needs a ref of its own");
                continue;
            }
            if (!items.contains(task.item())) {
                checks.add(at + "/item", "There is no item " + task.item() + " in the document");
            }
            text(task.title(), at + "/title", "A task needs a title");
            text(task.column(), at + "/column", "A task needs a column");
            if (task.criterion() != null && !criteria.contains(task.criterion())) {
                checks.add(at + "/criterion", "There is no criterion " + task.criterion() + " in the document");
            }
            choice(task.category(), TaskCategory.class, at + "/category", false);
        }
    }

    private void history(List<ProductDocument.HistoryRecord> history, Set<Integer> sprints) {
        for (int i = 0; i < history.size(); i++) {
            ProductDocument.HistoryRecord record = history.get(i);
            String at = "/product/history/" + i;
            if (record == null) {
                checks.add(at, "A history record needs a kind and a moment");
                continue;
            }
            choice(record.kind(), Happening.Kind.class, at + "/kind", true);
            choice(record.itemKind(), ItemKind.class, at + "/itemKind", false);
            if (record.happenedAt() == null) {
                checks.add(at + "/happenedAt", "A history record needs the moment it happened");
            }
            if (record.sprint() != null && !sprints.contains(record.sprint())) {
                checks.add(at + "/sprint", "There is no sprint " + record.sprint() + " in the document");
            }
        }
    }

    private void text(String value, String at, String whenMissing) {
        if (value == null || value.isBlank()) {
            checks.add(at, whenMissing);
        }
    }

    private <E extends Enum<E>> void choice(String value, Class<E> type, String at, boolean required) {
        if (value == null) {
            if (required) {
                checks.add(at, "Choose one of " + names(type));
            }
            return;
        }
        try {
            Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            checks.add(at, "\"" + value + "\" is not one of " + names(type));
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
