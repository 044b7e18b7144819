package org.onebacklog.account;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A browser's User-Agent in the few words a person recognises their own device by on the sessions list ("Firefox
 * on Linux", "Safari on iPhone"). Best effort and never trusted: the header is whatever the client says.
 */
public final class Devices {

    static final int LONGEST = 80;

    /** Checked in this order: Edge and Opera also say Chrome, Chrome also says Safari. */
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(Map.entry("edg/", "Edge"),
            Map.entry("opr/", "Opera"), Map.entry("firefox/", "Firefox"), Map.entry("chromium/", "Chromium"),
            Map.entry("headlesschrome/", "Chrome"), Map.entry("chrome/", "Chrome"), Map.entry("crios/", "Chrome"),
            Map.entry("fxios/", "Firefox"), Map.entry("safari/", "Safari"), Map.entry("curl/", "curl"));

    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(Map.entry("iphone", "iPhone"),
            Map.entry("ipad", "iPad"), Map.entry("android", "Android"), Map.entry("windows", "Windows"),
            Map.entry("cros", "ChromeOS"), Map.entry("mac os x", "macOS"), Map.entry("macintosh", "macOS"),
            Map.entry("linux", "Linux"));

    private Devices() {
    }

    public static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown device";
        }
        String lower = userAgent.toLowerCase(Locale.ROOT);
        String browser = first(BROWSERS, lower);
        String system = first(SYSTEMS, lower);
        if (browser == null && system == null) {
            String plain = userAgent.strip().replaceAll("\\p{Cntrl}", "");
            return plain.length() > LONGEST ? plain.substring(0, LONGEST - 1) + "…" : plain;
        }
        if (browser == null) {
            return "A browser on " + system;
        }
        return system == null ? browser : browser + " on " + system;
    }

    private static String first(List<Map.Entry<String, String>> known, String lower) {
        for (Map.Entry<String, String> entry : known) {
            if (lower.contains(entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }
}
