package org.onebacklog.standup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.onebacklog.events.ScrumEvent;
import org.onebacklog.events.StandupEnded;
import org.onebacklog.events.StandupStepped;
import org.onebacklog.history.TeamCalendar;
import org.onebacklog.product.Access;
import org.onebacklog.product.Member;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductService;
import org.onebacklog.store.RowLock;

/**
 * The stand-up in progress: whoever walks it records each step they put on screen, so the product's TVs follow
 * the walk; it ends with "Back to the board", or lapses {@link StandupWalk#LASTS} after the last step.
 */
@ApplicationScoped
public class StandupWalkService {

    @Inject
    ProductService products;

    @Inject
    Access access;

    @Inject
    StandupService standups;

    @Inject
    TeamCalendar calendar;

    @Inject
    Event<ScrumEvent> events;

    /**
     * The caller has {@code step} on screen. The same step again (a reload) keeps the walk from lapsing and tells
     * no one: only a new step, or one after the walk lapsed, is an event. A viewer's screen moves no TV.
     */
    @Transactional
    public void stepped(Product product, StandupSteps.Step step) {
        Member member = access.member(product);
        if (!member.canContribute()) {
            return; // a viewer (a stakeholder reading along) follows the stand-up; only the team walks it
        }
        // Two walkers' first steps at once would both insert: the product's row lock puts them one after the other.
        RowLock.lockAndRefresh(Product.getEntityManager(), product, "product", product.id);
        Instant now = calendar.now();
        StandupWalk walk = StandupWalk.findById(product.id);
        boolean news = walk == null || walk.over(now) || walk.step != step.index()
                || !Objects.equals(walk.person, step.username());
        boolean first = walk == null;
        if (first) {
            walk = new StandupWalk();
            walk.productId = product.id;
        }
        walk.step = step.index();
        walk.person = step.username();
        walk.walkedBy = member.user().username;
        walk.steppedAt = now;
        if (first) {
            walk.persist();
        }
        if (news) {
            events.fire(new StandupStepped(product.stamp(member.user()), step.number(), step.username()));
        }
    }

    /** The walk is over: the TVs show the board again. Ending a walk that already lapsed tells no one. */
    @Transactional
    public void ended(String productKey) {
        Product product = products.find(productKey);
        Member member = access.member(product);
        RowLock.lockAndRefresh(Product.getEntityManager(), product, "product", product.id);
        StandupWalk walk = StandupWalk.findById(product.id);
        if (walk == null) {
            return;
        }
        boolean running = !walk.over(calendar.now());
        walk.delete();
        if (running) {
            events.fire(new StandupEnded(product.stamp(member.user())));
        }
    }

    /**
     * The step a TV of the product shows while a walk is in progress. No access check: only for a display its
     * token already let in, which shows the product's board to the room anyway.
     */
    public Optional<StandupOnDisplay> onDisplay(Product product) {
        StandupWalk walk = StandupWalk.findById(product.id);
        if (walk == null || walk.over(calendar.now())) {
            return Optional.empty();
        }
        StandupSteps steps = standups.stepsOnDisplay(product);
        return Optional.of(new StandupOnDisplay(steps, steps.stepOf(walk.person, walk.step), walk.endsAt()));
    }
}
