package org.onebacklog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.failure.Violation;

/** Reading typed values from a page form, with a message for each field that cannot be read. */
class FormBinderTest {

    enum Size { SMALL, LARGE }

    @Test
    void readsWhatPeopleType() {
        FormBinder in = FormBinder.of(Form.empty().with("hours", " 2,5 ").with("day", "2026-03-02")
                .with("size", "LARGE").with("version", "7").with("share", "12,5").with("place", "3"));
        assertEquals(new BigDecimal("2.5"), in.decimal("hours", "?"));
        assertEquals(LocalDate.of(2026, 3, 2), in.date("day", "?"));
        assertEquals(Size.LARGE, in.choice("size", Size.class, "?"));
        assertEquals(7, in.version("?"));
        assertEquals(0, new BigDecimal("0.125").compareTo(in.percent("share", "reservedShare", "?")));
        assertEquals(3, in.whole("place", "?"));
        in.throwIfAny();
    }

    @Test
    void emptyOptionalFieldsAreNull() {
        FormBinder in = FormBinder.of(Form.empty().with("hours", " "));
        assertNull(in.decimal("hours", "?"));
        assertNull(in.date("day", "?"));
        assertNull(in.whole("place", "?"));
        assertNull(in.id("after", "?"));
        in.throwIfAny();
    }

    @Test
    void everyUnreadableFieldIsReportedAtOnce() {
        FormBinder in = FormBinder.of(Form.empty().with("hours", "two").with("day", "2.3.2026")
                .with("size", "").with("share", "").with("hours2", "1e99"));
        in.decimal("hours", "Write a number");
        in.date("day", "Write the date as YYYY-MM-DD");
        in.choice("size", Size.class, "Choose a size");
        in.version("Reload the page");
        in.percent("share", "reservedShare", "Write a percentage");
        in.decimal("hours2", "Too many digits");
        InvalidInput invalid = assertThrows(InvalidInput.class, in::throwIfAny);
        assertEquals(List.of(new Violation("hours", "Write a number"),
                new Violation("day", "Write the date as YYYY-MM-DD"), new Violation("size", "Choose a size"),
                new Violation("version", "Reload the page"), new Violation("reservedShare", "Write a percentage"),
                new Violation("hours2", "Too many digits")), invalid.violations());
    }
}
