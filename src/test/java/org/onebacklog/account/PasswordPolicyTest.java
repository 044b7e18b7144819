package org.onebacklog.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules people meet when they choose a password, each with the message the form shows. */
class PasswordPolicyTest {

    @Test
    void aLongUncommonPasswordWithoutTheNamePasses() {
        assertEquals(Optional.empty(), PasswordPolicy.problem("jonas", "violet-harbour-42"));
        assertEquals(Optional.empty(), PasswordPolicy.problem("jonas", "ééééééé€"), "two characters, eight long");
    }

    @Test
    void theMostCommonPasswordsAreRefusedWhateverTheirCase() {
        for (String common : new String[] {"password", "12345678", "PassWord", "iloveyou", "qwertyuiop", "sunshine"}) {
            assertEquals(Optional.of("This is one of the most common passwords, which guessers try first; choose another"),
                    PasswordPolicy.problem("jonas", common), common);
        }
    }

    @Test
    void lengthCountsCharactersAsPeopleSeeThem() {
        assertEquals(Optional.of("Use a password of 8 to 128 characters"), PasswordPolicy.problem("jonas", "x7-Kq2!"));
        assertEquals(Optional.of("Use a password of 8 to 128 characters"),
                PasswordPolicy.problem("jonas", "ab".repeat(64) + "c"));
        assertEquals(Optional.empty(), PasswordPolicy.problem("jonas", "ab".repeat(64)));
        assertEquals(Optional.of("Use a password of 8 to 128 characters"), PasswordPolicy.problem("jonas", "🙂🙃🙂🙃🙂🙃🙂"),
                "seven emoji are seven characters, though fourteen chars in Java");
        assertEquals(Optional.of("Give a password"), PasswordPolicy.problem("jonas", ""));
    }

    @Test
    void oneCharacterRepeatedIsRefused() {
        assertEquals(Optional.of("This password is one character repeated; choose one that is harder to guess"),
                PasswordPolicy.problem("jonas", "zzzzzzzzzzzz"));
    }

    @Test
    void thePasswordMayNotContainTheUsername() {
        Optional<String> why = PasswordPolicy.problem("Jonas", "my-name-is-JONAS-1");
        assertEquals(Optional.of("This password contains the username; choose one that does not"), why);
        assertTrue(PasswordPolicy.problem("al", "al-the-builder-9").isEmpty(),
                "a two-letter username is in too many words to refuse them all");
    }
}
