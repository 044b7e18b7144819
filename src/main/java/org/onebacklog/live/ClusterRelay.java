package org.onebacklog.live;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Several instances (the {@code cluster} build profile): every change also goes to RabbitMQ's fanout exchange, and
 * every instance hands the changes of the others straight to its own {@link LiveHub}, which folds them like local
 * ones (nothing to overflow on the way in; a revocation closes its TVs on arrival). A change is delivered to this
 * instance's own connections in memory, never through the broker, so they stay live when RabbitMQ is away; when it
 * comes back, every connection is told to resync, since changes of other instances may have been missed meanwhile.
 * A change that could not be handed to the broker is sent again a second later (one per product: two become one
 * without detail, which renders the whole view from the current state and so stands for both).
 */
@ApplicationScoped
@IfBuildProfile("cluster")
public class ClusterRelay {

    /** A change as it travels between instances: the change itself (never HTML) and which instance made it. */
    public record Broadcast(String origin, String productKey, String what, String detail) {
        Change change() {
            return new Change(productKey, what, detail);
        }
    }

    static final String INSTANCE = UUID.randomUUID().toString();
    private static final String INCOMING = "cluster-in";

    @Inject
    @Channel("cluster-out")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
    Emitter<Broadcast> broker;

    @Inject
    HealthCenter health;

    @Inject
    LiveHub hub;

    @Inject
    Vertx vertx;

    private volatile Boolean brokerUp;

    /** Changes the broker did not take, to send again: the latest per product, and every revocation. */
    private final Map<String, Change> unsent = new ConcurrentHashMap<>();

    void publish(Change change) {
        try {
            broker.send(new Broadcast(INSTANCE, change.productKey(), change.what(), change.detail()))
                    .whenComplete((ok, failure) -> {
                        if (failure != null) {
                            unsent(change, failure);
                        }
                    });
        } catch (RuntimeException full) {
            unsent(change, full);
        }
    }

    private void unsent(Change change, Throwable why) {
        Log.debugf("Change for %s not sent to the other instances yet: %s", change.productKey(), why.getMessage());
        boolean revocation = Change.DISPLAY_REVOKED.equals(change.what());
        if (revocation) {
            unsent.put("display " + change.detail(), change);
        } else {
            // Two unsent changes of a product become one without detail: the whole view, which covers both. A
            // stand-up step covers nothing of the boards, so it never stands for what came before it (the TV's
            // frame follows any change).
            unsent.merge(change.productKey(), change, (older, newer) -> new Change(newer.productKey(),
                    LiveFeed.onlyTheTvShows(newer.what()) ? older.what() : newer.what(), null));
        }
    }

    @Incoming(INCOMING)
    public void fromOtherInstances(Broadcast broadcast) {
        if (!INSTANCE.equals(broadcast.origin())) {
            hub.accept(broadcast.change());
        }
    }

    /** Watches the broker connection once a second: the connector has no callback for "connected again". */
    void watch(@Observes StartupEvent started) {
        vertx.setPeriodic(1000, id -> checkBroker());
    }

    private void checkBroker() {
        boolean up = health.getReadiness().getChannels().stream()
                .filter(c -> c.getChannel().equals(INCOMING)).allMatch(io.smallrye.reactive.messaging.health.HealthReport.ChannelInfo::isOk);
        if (brokerUp != null && brokerUp && !up) {
            Log.warn("RabbitMQ is out of reach: changes made on other instances do not arrive; this instance's"
                    + " own pages stay live. Reconnecting…");
        } else if (Boolean.FALSE.equals(brokerUp) && up) {
            Log.info("RabbitMQ is back: every live page of this instance is told to fetch its view again");
            hub.resyncAll();
        }
        brokerUp = up;
        if (up) {
            for (String key : unsent.keySet()) {
                Change change = unsent.remove(key);
                if (change != null) {
                    publish(change);
                }
            }
        }
    }
}
