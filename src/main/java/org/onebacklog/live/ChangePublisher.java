package org.onebacklog.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * Puts committed changes on the {@code changes} channel. Observed after a successful commit only, so a write
 * that rolled back sends nothing. The change reaches this instance's connections in memory: {@code changes-out} is
 * relayed to {@code changes-in} here. With several instances, {@link ClusterRelay} also carries it to the others.
 */
@ApplicationScoped
public class ChangePublisher {

    @Inject
    @Channel("changes-out")
    Emitter<Change> out;

    /** Only in the cluster build: the same change for the other instances, through RabbitMQ. */
    @Inject
    jakarta.enterprise.inject.Instance<ClusterRelay> cluster;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        out.send(change);
        if (cluster.isResolvable()) {
            cluster.get().publish(change);
        }
    }

    @Incoming("changes-out")
    @Outgoing("changes-in")
    public Change relay(Change change) {
        return change;
    }
}
