package org.onebacklog.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.onebacklog.events.ScrumEvent;

/**
 * Hands committed changes to this instance's {@link LiveHub}: each event becomes the live {@link Change} that
 * {@link LiveTopics} names. Observed after a successful commit only, so a write
 * that rolled back sends nothing. The hub takes them without a bounded queue in between (nothing to overflow), and
 * a revocation closes its TVs before the revoking request answers. With several instances, {@link ClusterRelay}
 * also carries the change to the others.
 */
@ApplicationScoped
public class ChangePublisher {

    @Inject
    LiveHub hub;

    /** Only in the cluster build: the same change for the other instances, through RabbitMQ. */
    @Inject
    Instance<ClusterRelay> cluster;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScrumEvent event) {
        Change change = LiveTopics.of(event);
        if (change == null) {
            return;
        }
        hub.accept(change);
        if (cluster.isResolvable()) {
            cluster.get().publish(change);
        }
    }
}
