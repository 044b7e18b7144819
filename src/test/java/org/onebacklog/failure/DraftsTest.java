package org.onebacklog.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The draft rules with a plain validator: no container needed. */
class DraftsTest {

    record Card(
            @NotBlank(message = "Give a title")
            @OneLine(max = 10, message = "One line of 10", tooLong = "Keep it to {max} (it has {length})")
            String title,
            @PlainText(message = "No control characters")
            String notes,
            @DecimalMin(value = "0", message = "Cannot be negative")
            @DecimalMax(value = "99", message = "Cannot be above 99")
            @Decimals(value = 2, message = "Use at most two decimals")
            BigDecimal hours) {
    }

    private static List<Violation> of(String title, String notes, String hours) {
        return Drafts.violations(new Card(title, notes, hours == null ? null : new BigDecimal(hours)));
    }

    @Test
    void aGoodDraftHasNoViolations() {
        assertEquals(List.of(), of("Fix login", "line one\nline two\tand a tab", "2.5"));
    }

    @Test
    void oneLineRefusesLineBreaksAndControlCharacters() {
        assertEquals(List.of(new Violation("title", "One line of 10")), of("a\nb", null, null));
        assertEquals(List.of(new Violation("title", "One line of 10")), of("a\u0007b", null, null));
    }

    @Test
    void oneLineCountsTheTrimmedTextAndSaysHowLongItIs() {
        assertEquals(List.of(), of("   exactly 10  ", null, null));
        assertEquals(List.of(new Violation("title", "Keep it to 10 (it has 11)")), of("eleven char", null, null));
    }

    @Test
    void plainTextAllowsLineBreaksButNotOtherControlCharacters() {
        assertEquals(List.of(new Violation("notes", "No control characters")), of("ok", "bell\u0007", null));
    }

    @Test
    void eachFieldGetsTheFirstRuleWrittenOnIt() {
        // -0.001 is negative and has three decimals: the rule written first speaks.
        assertEquals(List.of(new Violation("hours", "Cannot be negative")), of("ok", null, "-0.001"));
        assertEquals(List.of(new Violation("hours", "Cannot be above 99")), of("ok", null, "1e20"));
        assertEquals(List.of(new Violation("hours", "Use at most two decimals")), of("ok", null, "1.005"));
        assertEquals(List.of(), of("ok", null, "1.500"));
    }

    @Test
    void everyBrokenFieldIsReportedInTheDraftsOrder() {
        assertEquals(List.of(new Violation("title", "Give a title"), new Violation("notes", "No control characters"),
                new Violation("hours", "Cannot be negative")), of(" ", "\u0000", "-1"));
    }

    @Test
    void aFieldThatFailedToParseKeepsItsOwnMessage() {
        Checks checks = new Checks().add("hours", "Write a number");
        Drafts.check(new Card("", null, null), checks);
        InvalidInput invalid = assertThrows(InvalidInput.class, checks::throwIfAny);
        assertEquals(List.of(new Violation("hours", "Write a number"), new Violation("title", "Give a title")),
                invalid.violations());
    }
}
