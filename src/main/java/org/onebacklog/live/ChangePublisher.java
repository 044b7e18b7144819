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
 * that rolled back sends nothing. By default the channel stays in memory: {@code changes-out} is relayed to
 * {@code changes-in} here (a broker can take that place when several instances serve one product).
 */
@ApplicationScoped
public class ChangePublisher {

    @Inject
    @Channel("changes-out")
    Emitter<Change> out;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        out.send(change);
    }

    @Incoming("changes-out")
    @Outgoing("changes-in")
    public Change relay(Change change) {
        return change;
    }
}
