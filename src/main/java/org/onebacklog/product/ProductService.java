package org.onebacklog.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;
import org.onebacklog.account.User;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.NotFound;

/** Creates products and finds them for the people allowed to see them. */
@ApplicationScoped
public class ProductService {

    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

    @Inject
    Access access;

    @Inject
    org.onebacklog.failure.Contested contested;

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
        String trimmedName = name == null ? "" : name.strip();
        if (trimmedName.isEmpty()) {
            checks.add("name", "Give the product a name");
        } else if (trimmedName.length() > 120) {
            checks.add("name", "Keep the name to 120 characters");
        }
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
