package org.onebacklog.dod;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onebacklog.events.DodChanged;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.Drafts;
import org.onebacklog.product.Access;
import org.onebacklog.product.Member;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductService;

/** Reads and edits a product's Definition of Done; every edit is kept as a new version. */
@ApplicationScoped
public class DodService {

    static final int TEXT_MAX = 300;
    static final int MAX_CRITERIA = 50;

    @Inject
    ProductService products;

    @Inject
    Access access;

    @Inject
    ObjectMapper json;

    @Inject
    Event<DodChanged> changes;

    public DefinitionOfDone current(String productKey) {
        Product product = products.find(productKey);
        access.member(product);
        return view(product);
    }

    /** The criteria that apply now, in order. */
    public List<Criterion> activeCriteria(Product product) {
        return Criterion.list("product = ?1 and removed = false order by position", product);
    }

    public int versionNumber(Product product) {
        Integer number = DodVersion.getEntityManager()
                .createQuery("select max(v.number) from DodVersion v where v.product = :p", Integer.class)
                .setParameter("p", product).getSingleResult();
        return number == null ? 0 : number;
    }

    /**
     * Replaces the DoD with these criteria, in this order. Criteria sent with an id are kept (edited in place, so
     * their tasks stay linked); criteria left out are removed, which leaves the tasks they made alone.
     */
    @Transactional
    public DefinitionOfDone replace(String productKey, List<CriterionDraft> drafts, Integer expectedVersion) {
        Product product = Product.byKeyForUpdate(productKey).orElseGet(() -> products.find(productKey));
        Member member = access.sprintRunner(product);
        int current = versionNumber(product);
        if (expectedVersion != null && expectedVersion != current) {
            throw new Conflict("The Definition of Done of " + product.key + " is at version " + current + ", not "
                    + expectedVersion + ": someone changed it meanwhile", view(product));
        }
        List<Criterion> active = activeCriteria(product);
        Map<Long, Criterion> byId = new HashMap<>();
        active.forEach(c -> byId.put(c.id, c));
        Checks checks = new Checks();
        if (drafts.size() > MAX_CRITERIA) {
            checks.add("criteria", "Keep the Definition of Done to " + MAX_CRITERIA + " criteria");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            check(drafts.get(i), "criteria[" + i + "].", byId, seen, checks);
        }
        checks.throwIfAny();

        List<Criterion> kept = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            CriterionDraft draft = drafts.get(i);
            Criterion criterion = draft.id() == null ? new Criterion() : byId.get(draft.id());
            criterion.product = product;
            criterion.position = i;
            criterion.text = draft.text().strip();
            criterion.impliesTask = draft.impliesTask();
            criterion.taskTitle = draft.impliesTask() ? draft.taskTitle().strip() : null;
            criterion.category = draft.impliesTask() ? draft.category() : null;
            criterion.estimate = draft.impliesTask() ? draft.estimate() : null;
            criterion.estimateShare = draft.impliesTask() ? draft.estimateShare() : null;
            criterion.persist();
            kept.add(criterion);
        }
        for (Criterion criterion : active) {
            if (!kept.contains(criterion)) {
                criterion.removed = true;
            }
        }
        Criterion.flush();
        DodVersion version = new DodVersion();
        version.product = product;
        version.number = current + 1;
        version.createdBy = member.user();
        version.snapshot = snapshot(kept);
        version.persist();
        changes.fire(new DodChanged(product.stamp(member.user()), version.number));
        return new DefinitionOfDone(version.number, kept.stream().map(DefinitionOfDone.CriterionView::of).toList());
    }

    private static void check(CriterionDraft draft, String prefix, Map<Long, Criterion> byId, Set<Long> seen,
            Checks checks) {
        if (draft == null) {
            checks.add(prefix + "text", "Each criterion needs a text");
            return;
        }
        if (draft.id() != null && (!byId.containsKey(draft.id()) || !seen.add(draft.id()))) {
            checks.add(prefix + "id", "There is no criterion " + draft.id() + " in this Definition of Done");
        }
        Drafts.check(draft, prefix, checks);
        if (draft.impliesTask()) {
            Drafts.check(draft.task(), prefix, checks);
        }
    }

    private DefinitionOfDone view(Product product) {
        return new DefinitionOfDone(versionNumber(product),
                activeCriteria(product).stream().map(DefinitionOfDone.CriterionView::of).toList());
    }

    private String snapshot(List<Criterion> criteria) {
        try {
            return json.writeValueAsString(criteria.stream().map(DefinitionOfDone.CriterionView::of).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A criterion list always serialises", e);
        }
    }
}
