package org.onebacklog.live;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Several instances (the {@code cluster} build profile): every change also goes to RabbitMQ's fanout exchange, and
 * every instance hands the changes of the others to its own {@link LiveHub}. A change is delivered to this
 * instance's own connections in memory, never through the broker, so they stay live when RabbitMQ is away; when it
 * comes back, every connection is told to resync, since changes of other instances may have been missed meanwhile.
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
    @OnOverflow(value = OnOverflow.Strategy.DROP)
    Emitter<Broadcast> broker;

    @Inject
    @Channel("changes-out")
    Emitter<Change> local;

    @Inject
    HealthCenter health;

    @Inject
    LiveHub hub;

    @Inject
    Vertx vertx;

    private volatile Boolean brokerUp;

    void publish(Change change) {
        try {
            broker.send(new Broadcast(INSTANCE, change.productKey(), change.what(), change.detail()));
        } catch (RuntimeException full) {
            // The broker is away and the emitter's buffer is full: other instances will resync when it is back.
            Log.debugf("Change for %s not sent to the other instances: %s", change.productKey(), full.getMessage());
        }
    }

    @Incoming(INCOMING)
    public void fromOtherInstances(Broadcast broadcast) {
        if (!INSTANCE.equals(broadcast.origin())) {
            local.send(broadcast.change());
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
    }
}
