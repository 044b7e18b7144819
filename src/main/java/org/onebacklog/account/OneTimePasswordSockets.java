package org.onebacklog.account;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The {@link OneTimePasswordGate} of the WebSockets (the live channel, {@code /live/*}): someone who still holds a
 * one-time password is refused the upgrade (403), or they would hear a product's changes before choosing their own
 * password. As at the gate, only identities marked at login are checked against the row.
 */
@ApplicationScoped
public class OneTimePasswordSockets implements HttpUpgradeCheck {

    private final Vertx vertx;

    OneTimePasswordSockets(Vertx vertx) {
        this.vertx = vertx;
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        return context.securityIdentity().onItem().transformToUni(identity -> {
            if (identity == null || identity.isAnonymous() || !Identities.mayHaveToChangePassword(identity)) {
                return CheckResult.permitUpgrade();
            }
            // The upgrade is checked on the event loop: the row is read on a worker, and the answer comes back.
            return Uni.createFrom()
                    .completionStage(() -> vertx.executeBlocking(
                            () -> OneTimePasswordGate.holdsOneTimePassword(identity), false).toCompletionStage())
                    .onItem().transformToUni(holds -> holds ? CheckResult.rejectUpgrade(403)
                            : CheckResult.permitUpgrade());
        });
    }
}
