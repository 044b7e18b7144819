package org.onebacklog.web;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a browser request comes from a page of this server (plain Java): shared by {@link CsrfGuard} for form
 * posts and by the live socket's upgrade check, so both decide the same way. A browser names the page's origin
 * ({@code Origin}) and, lately, how it relates to the target ({@code Sec-Fetch-Site}); a request without either is
 * not from a browser page (a script, an API client) and has nothing to forge.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /**
     * @param origin the {@code Origin} header, or null
     * @param fetchSite the {@code Sec-Fetch-Site} header, or null
     * @param host the host the browser asked for, as {@code name[:port]} (behind a proxy: the forwarded host)
     * @param extra further origins allowed, as {@code scheme://name[:port]}, lower case
     */
    public static boolean allows(String origin, String fetchSite, String host, Set<String> extra) {
        if (origin == null || origin.isEmpty()) {
            return !"cross-site".equals(fetchSite);
        }
        if ("null".equals(origin)) {
            return false; // sandboxed frames, file: pages, redirects across sites
        }
        if (extra.contains(normalize(origin))) {
            return true;
        }
        if ("cross-site".equals(fetchSite) || host == null || host.isEmpty()) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            // A Host without a port is the scheme's default port: the origin may name it or leave it out.
            boolean defaultPort = uri.getPort() < 0 || uri.getPort() == 80 || uri.getPort() == 443;
            return host.equalsIgnoreCase(authority) || (defaultPort && host.equalsIgnoreCase(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** An origin as browsers send it: lower case, no trailing slash. */
    public static String normalize(String origin) {
        String trimmed = origin.strip().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
