package org.onebacklog.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.onebacklog.events.ColumnsChanged;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.Drafts;
import org.onebacklog.failure.OneLine;
import org.onebacklog.failure.Text;
import org.onebacklog.product.Access;
import org.onebacklog.product.Member;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductService;

/** Edits a product's board columns: rename, add, reorder, remove (when empty), their WIP limits and aging. */
@ApplicationScoped
public class ColumnService {

    /** A column as sent: an existing {@code key} to keep, or none for a new column. */
    public record ColumnDraft(
            String key,
            @NotBlank(message = NAME)
            @OneLine(max = 60, message = NAME)
            String name,
            @Min(value = 1, message = WIP_LIMIT)
            @Max(value = 999, message = WIP_LIMIT)
            Integer wipLimit,
            Boolean hard,
            @Min(value = 1, message = AGING)
            @Max(value = 30, message = AGING)
            Integer agingDays) {

        static final String NAME = "Name the column in one line of up to 60 characters";
        static final String WIP_LIMIT = "A WIP limit is a whole number from 1 to 999, or none";
        static final String AGING = "Aging after 1 to 30 working days, or none for the team's threshold";

        /** A name is kept trimmed, so that a name of spaces only is no name. */
        public ColumnDraft {
            name = Text.strip(name);
        }
    }

    @Inject
    ProductService products;

    @Inject
    Access access;

    @Inject
    Event<ColumnsChanged> changes;

    /**
     * Replaces the columns with these, in this order, if the set is still at {@code expectedVersion} (else a
     * {@link Conflict} with the set as it is). Returns the new set, one version on.
     */
    @Transactional
    public ColumnSet replace(String productKey, List<ColumnDraft> drafts, long expectedVersion) {
        Product product = products.find(productKey);
        Member member = access.sprintRunner(product);
        // The product's row lock orders the writers of its columns: the version read below cannot move meanwhile.
        Product.byKeyForUpdate(productKey);
        ColumnSet current = Columns.set(product);
        if (current.version() != expectedVersion) {
            throw new Conflict("Someone changed the columns of " + product.key + " meanwhile; here they are now."
                    + " Make your change again on them.", current);
        }
        Set<String> existing = new HashSet<>();
        current.columns().forEach(l -> existing.add(l.key()));
        Checks checks = new Checks();
        if (drafts == null || drafts.size() < 2 || drafts.size() > 8) {
            checks.add("columns", "A board has 2 to 8 columns; the last one means done");
            checks.throwIfAny();
        }
        List<Columns.Lane> lanes = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            ColumnDraft draft = drafts.get(i);
            String prefix = "columns[" + i + "].";
            if (draft == null) {
                checks.add(prefix + "name", ColumnDraft.NAME);
            } else {
                Drafts.check(draft, prefix, checks);
            }
            String name = draft == null || draft.name() == null ? "" : Text.strip(draft.name());
            String key = draft == null ? null : draft.key();
            if (key != null && !existing.contains(key)) {
                checks.add(prefix + "key", "There is no column " + key + " on this board");
            }
            if (key == null) {
                key = keyFor(name, used, existing);
            }
            if (!used.add(key)) {
                checks.add(prefix + "key", "Column " + key + " appears twice");
            }
            Integer limit = draft == null ? null : draft.wipLimit();
            lanes.add(new Columns.Lane(key, name, limit, draft != null && Boolean.TRUE.equals(draft.hard())
                    && limit != null, draft == null ? null : draft.agingDays()));
        }
        checks.throwIfAny();
        for (String key : existing) {
            if (!used.contains(key)) {
                long cards = Task.count("column = ?1 and item.product = ?2", key, product);
                if (cards > 0) {
                    throw new Conflict("Column " + key + " still holds " + cards + " task" + (cards == 1 ? "" : "s")
                            + "; move them before removing it", current);
                }
            }
        }
        BoardColumn.delete("product", product);
        BoardColumn.flush();
        for (int i = 0; i < lanes.size(); i++) {
            BoardColumn column = new BoardColumn();
            column.product = product;
            column.key = lanes.get(i).key();
            column.name = lanes.get(i).name();
            column.position = i;
            column.wipLimit = lanes.get(i).wipLimit();
            column.wipHard = lanes.get(i).hard();
            column.agingDays = lanes.get(i).agingDays();
            column.setVersion = current.version() + 1;
            column.persist();
        }
        changes.fire(new ColumnsChanged(product.stamp(member.user())));
        return new ColumnSet(current.version() + 1, lanes);
    }

    private static String keyFor(String name, Set<String> used, Set<String> existing) {
        String base = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        if (base.isEmpty()) {
            base = "COLUMN";
        }
        base = base.length() > 30 ? base.substring(0, 30) : base;
        String key = base;
        for (int n = 2; used.contains(key) || existing.contains(key); n++) {
            key = base + "_" + n;
        }
        return key;
    }
}
