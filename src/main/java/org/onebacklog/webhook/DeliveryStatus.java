package org.onebacklog.webhook;

/**
 * Where a delivery stands. PENDING and FAILED are still to be sent (FAILED: an attempt failed, the next one is
 * scheduled); DELIVERED and GIVEN_UP are final, and only then may the webhook's next delivery go.
 */
public enum DeliveryStatus {
    PENDING, FAILED, DELIVERED, GIVEN_UP;

    public boolean open() {
        return this == PENDING || this == FAILED;
    }
}
