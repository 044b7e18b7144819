package org.onebacklog.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DevicesTest {

    @Test
    void browsersAreNamedAsPeopleKnowThem() {
        assertEquals("Firefox on Linux", Devices.describe(
                "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"));
        assertEquals("Chrome on Windows", Devices.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"));
        assertEquals("Edge on Windows", Devices.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"));
        assertEquals("Safari on iPhone", Devices.describe("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) "
                + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"));
        assertEquals("Safari on macOS", Devices.describe("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) "
                + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"));
    }

    @Test
    void anythingElseIsShownShortAndWithoutControlCharacters() {
        assertEquals("Unknown device", Devices.describe(null));
        assertEquals("Unknown device", Devices.describe("  "));
        String odd = Devices.describe("x".repeat(300) + "\u0007");
        assertEquals(Devices.LONGEST, odd.length());
        assertTrue(odd.endsWith("…"));
        assertEquals("curl", Devices.describe("curl/8.5.0"));
    }
}
