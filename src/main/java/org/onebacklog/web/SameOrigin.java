package org.onebacklog.web;

import java.net.URI;
import java.util.function.UnaryOperator;

/**
 * Whether a browser request comes from one of our own pages: the page's origin (the {@code Origin} header, else the
 * {@code Referer}) must name the host the request was sent to. Behind the load balancer that host is the forwarded
 * one. A request naming neither comes from a script or an old browser, which no other site can steer.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /**
     * @param header reads a request header by name
     * @param host the host (and port) the request was addressed to, as the browser saw it
     */
    public static boolean check(UnaryOperator<String> header, String host) {
        if ("cross-site".equals(header.apply("Sec-Fetch-Site"))) {
            return false;
        }
        String origin = header.apply("Origin");
        if (origin == null || origin.isEmpty()) {
            origin = header.apply("Referer");
            if (origin == null || origin.isEmpty()) {
                return true;
            }
        }
        if ("null".equals(origin)) {
            return false; // sandboxed frames and file: pages
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && (host.equalsIgnoreCase(authority) || host.equalsIgnoreCase(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
