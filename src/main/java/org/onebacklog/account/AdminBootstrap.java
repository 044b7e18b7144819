package org.onebacklog.account;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.onebacklog.web.Settings;

/** Creates the {@code admin} account on first start, so a fresh install can be logged into. */
@ApplicationScoped
public class AdminBootstrap {

    @Inject
    Settings settings;

    void onStart(@Observes StartupEvent event) {
        try {
            QuarkusTransaction.requiringNew().run(this::createAdmin);
        } catch (RuntimeException raced) {
            // Two instances starting on an empty database: the other one created the admin a moment earlier
            // (the unique username refused ours). Anything else is a real failure.
            if (QuarkusTransaction.requiringNew().call(() -> User.byUsername("admin").isEmpty())) {
                throw raced;
            }
            Log.info("The admin account was created by another instance starting at the same time");
        }
    }

    private void createAdmin() {
        if (User.byUsername("admin").isPresent()) {
            return;
        }
        Optional<String> given = settings.adminPassword().filter(p -> !p.isBlank());
        String password = given.orElseGet(AdminBootstrap::generate);
        User.create("admin", password, true).persist();
        if (given.isPresent()) {
            Log.info("Created the admin account with the password from ONEBACKLOG_ADMIN_PASSWORD");
        } else {
            // Logged exactly once: the account exists from now on and this branch never runs again.
            Log.infof("Created the admin account. Log in as admin with the password: %s", password);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
