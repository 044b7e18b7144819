package org.onebacklog.capacity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.onebacklog.events.PolicyChanged;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.Contested;
import org.onebacklog.failure.Decimals;
import org.onebacklog.failure.Drafts;
import org.onebacklog.product.Access;
import org.onebacklog.product.Member;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductService;

/** Reads and sets a product's capacity policy; a product without one has the defaults (20 %, warn). */
@ApplicationScoped
public class PolicyService {

    public static final String MAX_SHARE = "0.9";
    public static final String SHARE_RANGE = "Use a share from 0 to 0.9 (0.2 reserves 20 % of every sprint)";
    public static final String SHARE_DECIMALS = "Use at most two decimals, such as 0.25";

    /** A reserved share must be between 0 and 0.9: some capacity always stays for the product's features. */
    record Share(
            @NotNull(message = "Give the reserved share, from 0 to 0.9 (0.2 reserves 20 % of every sprint)")
            @DecimalMin(value = "0", message = SHARE_RANGE)
            @DecimalMax(value = MAX_SHARE, message = SHARE_RANGE)
            @Decimals(value = 2, message = SHARE_DECIMALS)
            BigDecimal reservedShare) {
    }

    @Inject
    ProductService products;

    @Inject
    Access access;

    @Inject
    Contested contested;

    @Inject
    Event<PolicyChanged> changes;

    public CapacityPolicy get(String productKey) {
        Product product = products.find(productKey);
        access.member(product);
        return of(product);
    }

    /** The policy in force for a product (not persisted when it is still the default). */
    public CapacityPolicy of(Product product) {
        // Two setting a product's first policy at once collide on its key: the 409 shows the policy that won.
        long productId = product.id;
        contested.is(() -> {
            CapacityPolicy saved = CapacityPolicy.findById(productId);
            return saved == null ? null : PolicyView.of(saved);
        });
        CapacityPolicy policy = CapacityPolicy.findById(product.id);
        if (policy == null) {
            policy = new CapacityPolicy();
            policy.productId = product.id;
        }
        return policy;
    }

    @Transactional
    public CapacityPolicy set(String productKey, BigDecimal reservedShare, String mode, Long expectedVersion) {
        Product product = products.find(productKey);
        Member member = access.sprintRunner(product);
        Checks checks = new Checks();
        Drafts.check(new Share(reservedShare), checks);
        PolicyMode parsed = null;
        try {
            parsed = PolicyMode.valueOf(mode == null ? "" : mode.trim());
        } catch (IllegalArgumentException e) {
            checks.add("mode", "Choose OFF, WARN or ENFORCE");
        }
        checks.throwIfAny();
        CapacityPolicy policy = CapacityPolicy.findById(product.id);
        if (policy == null) {
            policy = new CapacityPolicy();
            policy.productId = product.id;
        } else if (expectedVersion != null && policy.version != expectedVersion) {
            throw new Conflict("The capacity policy of " + product.key + " was changed meanwhile",
                    PolicyView.of(policy));
        }
        policy.reservedShare = reservedShare;
        policy.mode = parsed;
        policy.persist();
        CapacityPolicy.flush();
        changes.fire(new PolicyChanged(product.stamp(member.user()), parsed.name(), reservedShare));
        return policy;
    }
}
