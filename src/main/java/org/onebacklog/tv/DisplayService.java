package org.onebacklog.tv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onebacklog.account.ApiTokens;
import org.onebacklog.events.DisplayChanged;
import org.onebacklog.events.DisplayRevoked;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.Drafts;
import org.onebacklog.failure.NotFound;
import org.onebacklog.failure.OneLine;
import org.onebacklog.failure.Text;
import org.onebacklog.product.Access;
import org.onebacklog.product.Member;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductService;
import org.onebacklog.store.RowLock;

/**
 * Display tokens for wall TVs: Product Owners, Scrum Masters and admins create and revoke them. A token only ever
 * reads one product's TV view; revoking it also disconnects the TVs that use it.
 */
@ApplicationScoped
public class DisplayService {

    /** A token just made: the only moment its secret is known. */
    public record Created(DisplayToken display, String secret) {
        public String url() {
            return TvPage.url(display.product.key, secret);
        }
    }

    static final List<Integer> ROTATIONS = List.of(15, 30, 60, 120);

    /** A display as it is asked for: named after where it hangs, rotating its views or not. */
    record Asked(
            @NotBlank(message = "Name the display after where it hangs, such as \"Team room TV\"")
            @OneLine(max = 80, message = "Keep the name to one line of 80 characters")
            String name,
            @Min(value = 10, message = ROTATION)
            @Max(value = 3600, message = ROTATION)
            Integer rotateSeconds) {

        static final String ROTATION = "Rotate every 10 to 3600 seconds, or not at all";

        /** A name is kept trimmed, so that a name of spaces only is no name. */
        Asked {
            name = Text.strip(name);
        }
    }

    @Inject
    Access access;

    @Inject
    ProductService products;

    @Inject
    Event<DisplayRevoked> revocations;

    @Inject
    Event<DisplayChanged> changes;

    @Transactional
    public Created create(String productKey, String name, Integer rotateSeconds) {
        Product product = products.find(productKey);
        Member member = access.sprintRunner(product);
        Asked asked = new Asked(name, rotateSeconds);
        Drafts.check(asked);
        String trimmed = asked.name();
        String secret = ApiTokens.newToken(DisplayToken.PREFIX);
        DisplayToken display = new DisplayToken();
        display.product = product;
        display.name = trimmed;
        display.tokenHash = ApiTokens.hash(secret);
        display.prefix = secret.substring(0, 10);
        display.rotateSeconds = rotateSeconds;
        display.createdBy = member.user();
        display.persist();
        return new Created(display, secret);
    }

    public List<DisplayToken> list(String productKey) {
        Product product = products.find(productKey);
        access.sprintRunner(product);
        return DisplayToken.list("product = ?1 order by createdAt desc, id desc", product);
    }

    @Transactional
    public void revoke(String productKey, long id) {
        Product product = products.find(productKey);
        Member member = access.sprintRunner(product);
        DisplayToken display = DisplayToken.<DisplayToken>findByIdOptional(id)
                .filter(d -> d.product.id.equals(product.id))
                .orElseThrow(() -> new NotFound(product.key + " has no display " + id));
        revoke(display, member);
    }

    /**
     * Changes a display in place: its name, or its views ({@code rotateSeconds}: null keeps them, 0 shows the board
     * alone, else the seconds between board, burndown and capacity). The TV keeps its address and picks the new
     * rotation up live. {@code version} is the one read: a stale one is a conflict with the display as it is now.
     */
    @Transactional
    public DisplayToken change(String productKey, long id, String name, Integer rotateSeconds, Long version) {
        Product product = products.find(productKey);
        Member member = access.sprintRunner(product);
        DisplayToken display = DisplayToken.<DisplayToken>findByIdOptional(id)
                .filter(d -> d.product.id.equals(product.id))
                .orElseThrow(() -> new NotFound(product.key + " has no display " + id + "; it may be revoked"));
        Integer rotation = rotateSeconds == null ? display.rotateSeconds : rotateSeconds == 0 ? null : rotateSeconds;
        Asked asked = new Asked(name == null ? display.name : name, rotation);
        if (version == null) {
            new Checks().add("version", "Send the version you read, so that no one else's change is overwritten")
                    .throwIfAny();
        }
        Drafts.check(asked);
        RowLock.lockAndRefresh(DisplayToken.getEntityManager(), display, "display_token", display.id);
        if (display.version != version) {
            throw new Conflict("The display \u201c" + display.name + "\u201d was changed meanwhile (it is at version "
                    + display.version + ", you sent " + version + "). Look at it in current and try again",
                    DisplayApi.DisplayView.of(display));
        }
        boolean rotationChanged = !java.util.Objects.equals(display.rotateSeconds, rotation);
        display.name = asked.name();
        display.rotateSeconds = rotation;
        DisplayToken.flush();
        if (rotationChanged) {
            changes.fire(new DisplayChanged(product.stamp(member.user()), display.id, rotation));
        }
        return display;
    }

    /** The rotation of every display of the product, by id: the TV frame carries it, so each TV finds its own. */
    public java.util.Map<Long, Integer> rotations(Product product) {
        java.util.Map<Long, Integer> rotations = new java.util.TreeMap<>();
        DisplayToken.<DisplayToken>list("product", product)
                .forEach(d -> rotations.put(d.id, d.rotateSeconds == null ? 0 : d.rotateSeconds));
        return rotations;
    }

    /** Revokes by the token itself ({@code DELETE /displays/{token}}): allowed to whoever runs its product. */
    @Transactional
    public void revokeSecret(String secret) {
        DisplayToken display = bySecret(secret)
                .orElseThrow(() -> new NotFound("There is no such display token; it may be revoked already"));
        revoke(display, access.sprintRunner(display.product));
    }

    /**
     * The display this secret opens on this product, if any. Used without a login: the TV page and its live
     * socket. Notes when the TV was last seen (at most once a minute, to spare the database).
     */
    @Transactional
    public Optional<DisplayToken> open(String productKey, String secret) {
        Optional<DisplayToken> display = bySecret(secret).filter(d -> d.product.key.equals(productKey));
        display.ifPresent(d -> {
            Instant now = Instant.now();
            if (d.lastSeenAt == null || Duration.between(d.lastSeenAt, now).toMinutes() >= 1) {
                DisplayToken.update("lastSeenAt = ?1 where id = ?2", now, d.id);
            }
        });
        return display;
    }

    /** Whether the display still exists: a TV socket asks once it has joined, in case it was revoked meanwhile. */
    public boolean stillValid(long id) {
        return DisplayToken.count("id", id) > 0;
    }

    private void revoke(DisplayToken display, Member by) {
        long id = display.id;
        display.delete();
        revocations.fire(new DisplayRevoked(display.product.stamp(by.user()), id));
    }

    private static Optional<DisplayToken> bySecret(String secret) {
        if (secret == null || !secret.startsWith(DisplayToken.PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return DisplayToken.find("tokenHash", ApiTokens.hash(secret)).firstResultOptional();
    }
}
