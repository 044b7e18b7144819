package org.onebacklog.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;
import org.onebacklog.account.User;
import org.onebacklog.events.StandupChanged;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.Contested;
import org.onebacklog.failure.NotFound;
import org.onebacklog.store.RowLock;

/** Creates products, changes their name and stand-up, and finds them for the people allowed to see them. */
@ApplicationScoped
public class ProductService {

    static final int NAME_MAX = 120;
    static final String NAME_RULE = "Keep the name to one line of " + NAME_MAX + " characters, without control"
            + " characters";

    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

    @Inject
    Access access;

    @Inject
    Contested contested;

    @Inject
    Event<StandupChanged> standups;

    /** Creates a product; its creator becomes its Product Owner. */
    @Transactional
    public Product create(String key, String name, String unit) {
        Checks checks = new Checks();
        String trimmedKey = key == null ? "" : key.trim();
        if (trimmedKey.isEmpty()) {
            checks.add("key", "Give the product a short key, such as SHOP");
        } else if (!KEY.matcher(trimmedKey).matches()) {
            checks.add("key", "Use 2 to 10 upper-case letters or digits, starting with a letter (e.g. SHOP)");
        } else if (Product.byKey(trimmedKey).isPresent()) {
            checks.add("key", trimmedKey + " is already the key of another product");
        }
        String trimmedName = checks.name(name, "name", NAME_MAX, "Give the product a name", NAME_RULE);
        EstimateUnit estimateUnit = EstimateUnit.POINTS;
        if (unit != null && !unit.isBlank()) {
            try {
                estimateUnit = EstimateUnit.valueOf(unit.trim());
            } catch (IllegalArgumentException e) {
                checks.add("unit", "Choose POINTS or HOURS");
            }
        }
        checks.throwIfAny();

        User creator = access.currentUser();
        // Two creating the same key at once collide on its unique index: the 409 shows the product that won.
        contested.is(() -> Product.byKey(trimmedKey).map(ProductView::of).orElse(null));
        Product product = new Product();
        product.key = trimmedKey;
        product.name = trimmedName;
        product.unit = estimateUnit;
        product.persist();
        Membership owner = new Membership();
        owner.product = product;
        owner.user = creator;
        owner.role = Role.PRODUCT_OWNER;
        owner.persist();
        return product;
    }

    /**
     * Renames the product or sets the team's stand-up (its time, and after how many working days a card is
     * aging). The Product Owner or the Scrum Master decides; a stale version is a conflict.
     */
    @Transactional
    public Product update(String key, ProductPatch patch) {
        Product product = find(key);
        Member member = access.sprintRunner(product);
        Checks checks = new Checks();
        String name = patch.name() == null ? product.name
                : checks.name(patch.name(), "name", NAME_MAX, "Give the product a name", NAME_RULE);
        LocalTime standup = patch.standupTime() == null ? StandupTimes.parse(product.standupTime)
                : StandupTimes.parse(patch.standupTime());
        if (standup == null) {
            checks.add("standupTime", "Give the stand-up time as hours and minutes, such as 09:30");
        }
        int aging = patch.agingDays() == null ? product.agingDays : patch.agingDays();
        if (aging < 1 || aging > 30) {
            checks.add("agingDays", "Mark cards aging after 1 to 30 working days in a column");
        }
        checks.version(patch.version());
        checks.throwIfAny();
        RowLock.lockAndRefresh(Product.getEntityManager(), product, "product", product.id);
        if (product.version != patch.version()) {
            throw new Conflict(product.key + " was changed meanwhile (it is at version " + product.version
                    + ", you sent " + patch.version() + "). Look at it in current and try again",
                    ProductView.of(product));
        }
        boolean standupChanged = !StandupTimes.format(standup).equals(product.standupTime)
                || aging != product.agingDays;
        product.name = name;
        product.standupTime = StandupTimes.format(standup);
        product.agingDays = aging;
        Product.flush();
        if (standupChanged) {
            standups.fire(new StandupChanged(product.stamp(member.user()), product.standupTime, aging));
        }
        return product;
    }

    /** The product with this key; unknown keys are a 404, whoever asks. */
    public Product find(String key) {
        return Product.byKey(key).orElseThrow(() -> new NotFound("There is no product " + key));
    }

    /** Products the caller belongs to (all of them for an admin), by key. */
    public List<Product> visibleToCaller() {
        User user = access.currentUser();
        if (user.isAdmin()) {
            return Product.list("order by key");
        }
        return Product.list("select m.product from Membership m where m.user = ?1 order by m.product.key", user);
    }
}
