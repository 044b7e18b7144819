package org.onebacklog.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The live channel's figures at {@code /q/metrics}: open connections, changes taken in, messages rendered per kind
 * of view and how long their rendering took. An operator sees a board falling behind before the team does.
 */
@ApplicationScoped
public class LiveMetrics {

    private final MeterRegistry registry;
    private final Counter changes;

    LiveMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.changes = Counter.builder("onebacklog.live.changes")
                .description("Committed changes taken in by the live channel (this instance's and, clustered, others')")
                .register(registry);
    }

    /** Watches the number of open live connections. */
    void connections(Supplier<Number> open) {
        Gauge.builder("onebacklog.live.connections", open).description("Open live connections (pages and TVs)")
                .register(registry);
    }

    void changeTaken() {
        changes.increment();
    }

    /**
     * One message handed to all of a product's pages (TVs apart): from the first send until the last socket's write
     * completed. With the render time it tells the server's part of a delivery from the network's and the browser's.
     */
    void fannedOut(long nanos) {
        Timer.builder("onebacklog.live.fanout").description("Writing one live message to every page of a product")
                .register(registry).record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** One message rendered for every connection of a kind of view, and how long that took. */
    void rendered(String view, long nanos) {
        Timer.builder("onebacklog.live.render").description("Rendering one live message for all views of a kind")
                .tag("view", view).register(registry).record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
