package org.onebacklog.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Private address refusal with the setting off. Host names resolve through a table here, never a name server, and
 * nothing connects anywhere.
 */
class TargetsTest {

    static final Map<String, List<String>> NAMES = Map.of(
            "hooks.example.org", List.of("93.184.216.34"),
            "sneaky.example.org", List.of("93.184.216.34", "10.0.0.7"),
            "inside.example.org", List.of("192.168.1.20"));

    static InetAddress[] resolve(String host) throws UnknownHostException {
        List<String> listed = NAMES.get(host);
        if (listed == null) {
            if (!Character.isDigit(host.charAt(0)) && !host.contains(":")) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(host)}; // a literal: no lookup
        }
        InetAddress[] addresses = new InetAddress[listed.size()];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = InetAddress.getByName(listed.get(i));
        }
        return addresses;
    }

    final Targets guarded = new Targets(false, TargetsTest::resolve);

    @Test
    void loopbackPrivateLinkLocalUnspecifiedAndMulticastAddressesAreRefused() {
        for (String url : List.of("http://127.0.0.1:8080/hook", "http://127.9.9.9/", "http://[::1]/hook",
                "http://10.1.2.3/", "http://172.16.0.1/", "http://172.31.255.254/", "http://192.168.0.10/",
                "http://169.254.169.254/latest/meta-data", "http://[fe80::1]/", "http://[fc00::1]/",
                "http://[fd12:3456::1]/", "http://0.0.0.0/", "http://[::]/", "http://224.0.0.1/",
                "http://[::ffff:127.0.0.1]/", "https://inside.example.org/hook")) {
            Optional<String> refusal = guarded.refusal(url);
            assertTrue(refusal.isPresent(), url);
            assertTrue(refusal.get().contains("public addresses"), refusal.get());
        }
    }

    @Test
    void everyAddressAHostResolvesToIsChecked() {
        assertTrue(guarded.refusal("https://sneaky.example.org/hook").get().contains("10.0.0.7"));
    }

    @Test
    void publicAddressesAreAccepted() {
        assertEquals(Optional.empty(), guarded.refusal("https://hooks.example.org/hook"));
        assertEquals(Optional.empty(), guarded.refusal("http://93.184.216.34:8080/x"));
        assertEquals(Optional.empty(), guarded.refusal("http://172.32.0.1/"));
    }

    @Test
    void onlyHttpAndHttpsWithAHostAndNoCredentials() {
        assertEquals("Give an http or https address", guarded.refusal("ftp://hooks.example.org/").get());
        assertEquals("Give an http or https address", guarded.refusal("file:///etc/passwd").get());
        assertEquals("Give an http or https address", guarded.refusal("hooks.example.org/hook").get());
        assertTrue(guarded.refusal("https://user:pw@hooks.example.org/").get().contains("passwords"));
        assertTrue(guarded.refusal("https://nowhere.example.org/").get().contains("cannot be found"));
    }

    @Test
    void theSettingAllowsPrivateAddressesButNotOtherSchemes() {
        Targets open = new Targets(true, TargetsTest::resolve);
        assertEquals(Optional.empty(), open.refusal("http://127.0.0.1:8080/hook"));
        assertTrue(open.refusal("gopher://127.0.0.1/").isPresent());
    }
}
