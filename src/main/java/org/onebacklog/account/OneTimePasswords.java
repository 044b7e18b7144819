package org.onebacklog.account;

import java.security.SecureRandom;

/**
 * The passwords an admin hands over, for a new account or a reset: four groups of four characters from an alphabet
 * without look-alikes (no 0/O, 1/l/I), easy to read out or type, about 90 bits of chance. They pass
 * {@link PasswordPolicy} like any password, and the user replaces them at the first login.
 */
public final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    /** A fresh one-time password for this user. */
    public static String generate(String username) {
        while (true) {
            String password = draw();
            if (PasswordPolicy.problem(username, password).isEmpty()) {
                return password; // practically always at once; the loop covers a draw that contains the name
            }
        }
    }

    private static String draw() {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
