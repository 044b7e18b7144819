package org.onebacklog.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends the outbox. Every poll it claims the due head of each webhook's queue (its oldest delivery not yet
 * delivered or given up), so a webhook's deliveries go in order and a failing one holds back the ones after it.
 * A claim is one conditional UPDATE with a lease: of several instances exactly one wins it, and if that one dies
 * mid-send the lease runs out and another sends again. Failures are retried with exponential backoff until
 * {@code give-up-after} has passed since the event. All state is in the database, so a restart loses nothing.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    private static final List<DeliveryStatus> OPEN = List.of(DeliveryStatus.PENDING, DeliveryStatus.FAILED);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    /** Longer than a send can take: a claim older than this belongs to a sender that died. */
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    @jakarta.inject.Inject
    MeterRegistry meterRegistry;

    @ConfigProperty(name = "onebacklog.webhooks.allow-private-addresses", defaultValue = "false")
    boolean allowPrivate;

    @ConfigProperty(name = "onebacklog.webhooks.first-retry", defaultValue = "10s")
    Duration firstRetry;

    @ConfigProperty(name = "onebacklog.webhooks.longest-wait", defaultValue = "1h")
    Duration longestWait;

    @ConfigProperty(name = "onebacklog.webhooks.give-up-after", defaultValue = "25h")
    Duration giveUpAfter;

    @ConfigProperty(name = "onebacklog.webhooks.poll", defaultValue = "1s")
    Duration poll;

    @ConfigProperty(name = "onebacklog.webhooks.keep-log", defaultValue = "720h")
    Duration keepLog;

    private final String instance = UUID.randomUUID().toString();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private ScheduledExecutorService clock;
    private Instant nextPrune = Instant.EPOCH;
    private ExecutorService senders;

    /** What one attempt needs, read while the claim is made. */
    record Attempt(long id, String messageId, String url, String secret, String body) {
    }

    /** How an attempt ended: a status code, or an error without one. */
    record Outcome(Integer statusCode, String error) {
        boolean delivered() {
            return error == null && statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    void start(@Observes StartupEvent started) {
        clock = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "webhook-clock"));
        senders = Executors.newFixedThreadPool(4, r -> new Thread(r, "webhook-sender"));
        clock.scheduleWithFixedDelay(this::sendDue, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        clock.shutdownNow();
        senders.shutdownNow();
    }

    /** One round: claim what is due and send it, each webhook on its own sender. */
    void sendDue() {
        try {
            if (Instant.now().isAfter(nextPrune)) {
                prune();
                nextPrune = Instant.now().plus(Duration.ofHours(1));
            }
            List<CompletableFuture<Void>> sends = claimDue().stream()
                    .map(a -> CompletableFuture.runAsync(() -> record(a.id(), send(a)), senders)).toList();
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook deliveries could not be sent this round; trying again in %s", poll);
        }
    }

    List<Attempt> claimDue() {
        List<Long> heads = QuarkusTransaction.requiringNew().call(() -> Delivery.getEntityManager()
                .createQuery("select d.id from Delivery d where d.status in :open and d.nextAttemptAt <= :now"
                        + " and (d.claimedUntil is null or d.claimedUntil < :now)"
                        + " and not exists (select 1 from Delivery e where e.webhook = d.webhook"
                        + " and e.status in :open and e.id < d.id) order by d.id", Long.class)
                .setParameter("open", OPEN).setParameter("now", Instant.now()).setMaxResults(BATCH)
                .getResultList());
        return heads.stream().map(this::claim).flatMap(Optional::stream).toList();
    }

    private Optional<Attempt> claim(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            int won = Delivery.update("claimedBy = :me, claimedUntil = :until where id = :id and status in :open"
                    + " and (claimedUntil is null or claimedUntil < :now)", Parameters.with("me", instance)
                    .and("until", now.plus(LEASE)).and("id", id).and("open", OPEN).and("now", now));
            if (won == 0) {
                return Optional.<Attempt>empty();
            }
            Delivery d = Delivery.findById(id);
            return Optional.of(new Attempt(d.id, d.messageId, d.webhook.url, d.webhook.secret, d.body));
        });
    }

    Outcome send(Attempt attempt) {
        Optional<String> refused = new Targets(allowPrivate).refusal(attempt.url());
        if (refused.isPresent()) {
            return new Outcome(null, "Refused: " + refused.get());
        }
        long timestamp = Instant.now().getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(attempt.url())).timeout(ANSWER_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "OneBacklog-Webhooks")
                    .header("webhook-id", attempt.messageId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", Signature.sign(attempt.secret(), attempt.messageId(), timestamp,
                            attempt.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(attempt.body())).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300 ? new Outcome(status, null)
                    : new Outcome(status, "The receiver answered " + status
                            + (status >= 300 && status < 400 ? " (redirects are not followed)" : ""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "Stopped while sending");
        } catch (Exception e) {
            return new Outcome(null, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** Notes the attempt; a failure is retried later, or given up once the event is old enough. */
    void record(long id, Outcome outcome) {
        DeliveryStatus ended = QuarkusTransaction.requiringNew().call(() -> settle(id, outcome));
        if (ended != null) {
            meterRegistry.counter("onebacklog.webhook.deliveries", "outcome", ended.name().toLowerCase(Locale.ROOT))
                    .increment();
        }
    }

    /** The attempt noted on its delivery; the status it left, or null when the delivery was no longer ours. */
    private DeliveryStatus settle(long id, Outcome outcome) {
        Delivery d = Delivery.findById(id);
        if (d == null || !instance.equals(d.claimedBy)) {
            return null; // the webhook was deleted, or our claim ran out and another instance took over
        }
        Instant now = Instant.now();
        d.attempts++;
        d.lastStatusCode = outcome.statusCode();
        d.claimedBy = null;
        d.claimedUntil = null;
        if (outcome.delivered()) {
            d.status = DeliveryStatus.DELIVERED;
            d.deliveredAt = now;
            d.lastError = null;
            return d.status;
        }
        d.lastError = outcome.error().length() > 500 ? outcome.error().substring(0, 500) : outcome.error();
        if (!now.isBefore(d.createdAt.plus(giveUpAfter))) {
            d.status = DeliveryStatus.GIVEN_UP;
            LOG.warnf("Gave up delivering %s %s to webhook %d after %d attempts: %s", d.type, d.messageId,
                    d.webhook.id, d.attempts, d.lastError);
        } else {
            d.status = DeliveryStatus.FAILED;
            d.nextAttemptAt = now.plus(backoff(d.attempts));
        }
        return d.status;
    }

    /** Forgets finished deliveries older than keep-log, so the outbox does not grow with every event forever. */
    void prune() {
        Instant before = Instant.now().minus(keepLog);
        QuarkusTransaction.requiringNew().run(() -> Delivery.delete("status in ?1 and createdAt < ?2",
                List.of(DeliveryStatus.DELIVERED, DeliveryStatus.GIVEN_UP), before));
    }

    /** first-retry, doubled after each failure, at most longest-wait. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
