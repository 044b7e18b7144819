package org.onebacklog.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The application's own settings, {@code onebacklog.*} in application.properties or ONEBACKLOG_* in the
 * environment, read in one place. ({@code onebacklog.data-dir} is read before CDI starts, by
 * {@link SecretConfigSource} and the datasource URL.)
 */
@ConfigMapping(prefix = "onebacklog")
public interface Settings {

    /** Signs CSRF tokens; {@link SecretConfigSource} supplies one when none is set. */
    String secret();

    /** Where the team's days begin and end; empty: the server's zone. */
    Optional<String> timeZone();

    /** The first start's admin password; empty: a random one, logged once. */
    Optional<String> adminPassword();

    Login login();

    Live live();

    Requests requests();

    interface Login {
        /** Failed logins from one address before it is locked out for a while; tests raise it. */
        @WithDefault("20")
        int failuresPerAddress();
    }

    interface Live {
        /** Pages of other sites (a wall display's host) that may open the live channel. */
        Optional<List<String>> allowedOrigins();
    }

    interface Requests {
        /**
         * How long a request's head may take to arrive (from the connection's start, or its first byte), and its
         * body after its head; then 408 and the connection closes.
         */
        @WithDefault("60s")
        Duration readTimeout();
    }
}
