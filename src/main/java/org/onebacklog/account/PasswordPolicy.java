package org.onebacklog.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be, wherever one is set (a new account, a reset, a change): 8 to 128 characters, not one of
 * the most common passwords, not containing the username, not one character repeated. The common ones are zxcvbn's
 * list of 30,000 leaked passwords (shipped in the zxcvbn jar), compared without case: guessers try them first.
 * Length counts characters as people see them (code points), so an emoji is one.
 */
public final class PasswordPolicy {

    public static final int SHORTEST = 8;
    public static final int LONGEST = 128;
    private static final String COMMON_LIST = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Why this password may not be used by this user, in words for the form; empty when it may. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Give a password");
        }
        int length = password.codePointCount(0, password.length());
        if (length < SHORTEST || length > LONGEST) {
            return Optional.of("Use a password of " + SHORTEST + " to " + LONGEST + " characters");
        }
        if (password.codePoints().distinct().count() == 1) {
            return Optional.of("This password is one character repeated; choose one that is harder to guess");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("This password contains the username; choose one that does not");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("This is one of the most common passwords, which guessers try first; choose another");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + COMMON_LIST);
            }
            Set<String> common = new HashSet<>(40_000);
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String word = line.strip().toLowerCase(Locale.ROOT);
                    if (word.length() >= SHORTEST) {
                        common.add(word);
                    }
                }
            }
            return Set.copyOf(common);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
