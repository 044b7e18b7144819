package org.onebacklog.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a webhook may post to. Without {@code onebacklog.webhooks.allow-private-addresses}, a host that
 * resolves to any loopback, link-local, private, unspecified or multicast address is refused — every address it
 * resolves to, before any connection and again at each delivery — so webhooks cannot probe the server's network.
 */
final class Targets {

    /** Resolves a host name; tests give literal addresses and so never touch a name server. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    Targets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    Targets(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    /** Why this URL may not be used, in a sentence for the person who gave it; empty when it may. */
    Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return Optional.of("Give a full address such as https://example.org/hooks");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("Give an http or https address");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("Give the address with its host, such as https://example.org/hooks");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("Leave user names and passwords out of the address; the signature proves who sends");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("The host " + host + " cannot be found");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return Optional.of("The host " + host + " is a loopback, private or local address ("
                        + address.getHostAddress() + "); webhooks only go to public addresses");
            }
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress address) {
        return address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal(address)
                || thisNetwork(address);
    }

    /** fc00::/7, IPv6's private range: Java's site-local test only knows the old fec0::/10. */
    private static boolean uniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 0.0.0.0/8 reaches this host on several systems. */
    private static boolean thisNetwork(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 && bytes[0] == 0;
    }
}
