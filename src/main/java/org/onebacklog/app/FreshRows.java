package org.onebacklog.app;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.backlog.BacklogService;
import org.onebacklog.board.Task;
import org.onebacklog.board.TaskView;
import org.onebacklog.capacity.CapacityPolicy;
import org.onebacklog.capacity.PolicyView;
import org.onebacklog.failure.FreshViews;
import org.onebacklog.product.MemberView;
import org.onebacklog.product.Membership;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductView;
import org.onebacklog.sprint.Sprint;
import org.onebacklog.sprint.SprintService;

/**
 * Every versioned row as the API shows it, read afresh, for the rare 409 that no service threw: two writes that
 * collided at commit. One table here rather than a class per feature: it is the only place that needs them all, so
 * it sits above the features (nothing depends on this package).
 */
@ApplicationScoped
public class FreshRows implements FreshViews {

    @Inject
    BacklogService backlog;

    @Inject
    SprintService sprints;

    private final Map<String, View<?>> views = new HashMap<>();

    /** A kind of row and how the API shows it. */
    private record View<E>(Class<E> type, Function<E, Object> show) {
        Object of(Object id) {
            E row = Panache.getEntityManager().find(type, id);
            return row == null ? null : show.apply(row);
        }
    }

    @PostConstruct
    void table() {
        add(new View<>(Task.class, TaskView::of));
        add(new View<>(BacklogItem.class, backlog::view));
        add(new View<>(Sprint.class, sprints::view));
        add(new View<>(CapacityPolicy.class, PolicyView::of));
        add(new View<>(Membership.class, MemberView::of));
        add(new View<>(Product.class, ProductView::of));
    }

    private void add(View<?> view) {
        views.put(view.type().getName(), view);
    }

    @Override
    public Object of(String entity, Object id) {
        View<?> view = views.get(entity);
        return view == null ? null : view.of(id);
    }
}
