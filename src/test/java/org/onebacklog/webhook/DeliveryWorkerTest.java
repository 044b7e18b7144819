package org.onebacklog.webhook;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worker's rules that need no database: refusal at delivery and the backoff. Nothing connects anywhere. */
class DeliveryWorkerTest {

    @Test
    void aPrivateTargetIsRefusedAtDeliveryBeforeAnyConnection() {
        DeliveryWorker worker = new DeliveryWorker();
        worker.allowPrivate = false;
        DeliveryWorker.Outcome outcome = worker.send(new DeliveryWorker.Attempt(1, "msg_1",
                "http://127.0.0.1:9/hook", Signature.newSecret(), "{}"));
        assertNull(outcome.statusCode());
        assertTrue(outcome.error().startsWith("Refused: The host 127.0.0.1 is a loopback, private or local address"),
                outcome.error());
    }

    @Test
    void theWaitDoublesUpToTheLongestAndRetriesLastMoreThanADay() {
        DeliveryWorker worker = new DeliveryWorker();
        worker.firstRetry = Duration.ofSeconds(10);
        worker.longestWait = Duration.ofHours(1);
        assertEquals(Duration.ofSeconds(10), worker.backoff(1));
        assertEquals(Duration.ofSeconds(20), worker.backoff(2));
        assertEquals(Duration.ofSeconds(80), worker.backoff(4));
        assertEquals(Duration.ofHours(1), worker.backoff(10));
        assertEquals(Duration.ofHours(1), worker.backoff(1000));
    }
}
