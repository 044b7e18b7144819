package org.onebacklog.capacity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The capacity figures, warnings and verdicts a Product Owner sees when planning a sprint. */
class CapacityPlanTest {

    private static final String NO_CAPACITY = "The sprint has no capacity yet: enter one, or close a few sprints so"
            + " it can be taken from the team's velocity.";

    private static BigDecimal bd(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static CapacityPlan points(String capacity, String share, String functional, String technical) {
        return CapacityPlan.of(bd(capacity), bd(share), bd(functional), bd(technical), "points");
    }

    private static CapacityPlan hours(String capacity, String share, String functional, String technical) {
        return CapacityPlan.of(bd(capacity), bd(share), bd(functional), bd(technical), "hours");
    }

    /** Compares exactly, scale included: "4" is expected, not "4.00" and not "4E+0". */
    private static void assertAmount(String expected, BigDecimal actual, String what) {
        assertEquals(new BigDecimal(expected), actual, what);
        assertEquals(expected, actual.toString(), what + " as printed");
    }

    @Nested
    class WorkedExample {

        @Test
        void aSprintOfTwentyWithTwentyPercentReservedHasAReserveOfFourAndALimitOfSixteen() {
            CapacityPlan plan = points("20", "0.2", "0", "0");
            assertAll(
                    () -> assertAmount("20", plan.capacity(), "capacity"),
                    () -> assertAmount("0.2", plan.reservedShare(), "share"),
                    () -> assertAmount("4", plan.reserve(), "reserve"),
                    () -> assertAmount("16", plan.functionalLimit(), "functional limit"),
                    () -> assertAmount("16", plan.effectiveFunctionalLimit(), "effective limit"),
                    () -> assertAmount("16", plan.room(), "room"),
                    () -> assertEquals("points", plan.unit()));
        }

        @Test
        void functionalWorkExactlyAtTheLimitIsNotOverAndEveryModeAccepts() {
            CapacityPlan plan = points("20", "0.2", "16", "0");
            assertAll(
                    () -> assertFalse(plan.overFunctionalLimit()),
                    () -> assertFalse(plan.overCapacity()),
                    () -> assertAmount("0", plan.functionalOverBy(), "over by"),
                    () -> assertAmount("0", plan.room(), "room"),
                    () -> assertEquals(List.of(), plan.warnings()));
            for (PolicyMode mode : PolicyMode.values()) {
                Verdict verdict = Verdict.judge(plan, mode);
                assertEquals(Verdict.Outcome.ACCEPT, verdict.outcome(), mode.name());
                assertNull(verdict.message(), mode.name());
                assertFalse(verdict.refused(), mode.name());
            }
        }

        @Test
        void halfAPointBeyondTheLimitIsOverByHalfAPoint() {
            CapacityPlan plan = points("20", "0.2", "16.5", "0");
            assertAll(
                    () -> assertTrue(plan.overFunctionalLimit()),
                    () -> assertFalse(plan.overCapacity(), "16.5 of 20 is within capacity"),
                    () -> assertAmount("0.5", plan.functionalOverBy(), "over by"),
                    () -> assertAmount("0", plan.room(), "room"),
                    () -> assertEquals(List.of("0.5 points over the functional limit of 16 points; the reserve of 4"
                            + " points is what keeps refactoring alive."), plan.warnings()));
        }

        @Test
        void warnModeAcceptsHalfAPointOverWithTheWarning() {
            Verdict verdict = Verdict.judge(points("20", "0.2", "16.5", "0"), PolicyMode.WARN);
            assertEquals(Verdict.Outcome.WARN, verdict.outcome());
            assertFalse(verdict.refused());
            assertEquals("0.5 points over the functional limit of 16 points; the reserve of 4 points is what keeps"
                    + " refactoring alive.", verdict.message());
        }

        @Test
        void enforceModeRefusesHalfAPointOverAndSaysNothingFitsAnyMore() {
            CapacityPlan before = points("20", "0.2", "16", "0");
            Verdict verdict = Verdict.judge(before, before.with(bd("0.5"), null), PolicyMode.ENFORCE);
            assertEquals(Verdict.Outcome.REFUSE, verdict.outcome());
            assertTrue(verdict.refused());
            assertTrue(verdict.message().contains("0.5 points over"), verdict.message());
            assertTrue(verdict.message().contains("No functional work fits"), verdict.message());
            assertEquals("Refused: with this commitment (0.5 points) functional work would come to 16.5 points,"
                    + " 0.5 points over the functional limit of 16 points. No functional work fits any more; a"
                    + " Product Owner or Scrum Master can override with a reason.", verdict.message());
        }

        @Test
        void enforceModeSaysHowMuchStillFitsWhenTheCommitmentIsTooBig() {
            CapacityPlan before = points("20", "0.2", "14", "0");
            Verdict verdict = Verdict.judge(before, before.with(bd("5"), null), PolicyMode.ENFORCE);
            assertEquals("Refused: with this commitment (5 points) functional work would come to 19 points, 3 points"
                    + " over the functional limit of 16 points. 2 points of functional work still fit; a Product"
                    + " Owner or Scrum Master can override with a reason.", verdict.message());
        }

        @Test
        void oneFittingPointIsSingular() {
            CapacityPlan before = points("20", "0.2", "15", "0");
            Verdict verdict = Verdict.judge(before, before.with(bd("3"), null), PolicyMode.ENFORCE);
            assertTrue(verdict.message().contains("2 points over"), verdict.message());
            assertTrue(verdict.message().contains(" 1 point of functional work still fits;"), verdict.message());
        }

        @Test
        void aRefusalJudgedOnTheResultAloneSaysHowMuchSmallerItMustBe() {
            Verdict verdict = Verdict.judge(points("20", "0.2", "19", "0"), PolicyMode.ENFORCE);
            assertEquals("Refused: with this commitment functional work would come to 19 points, 3 points over the"
                    + " functional limit of 16 points. To fit, it must be at least 3 points smaller; a Product Owner"
                    + " or Scrum Master can override with a reason.", verdict.message());
        }

        @Test
        void enforceAcceptsACommitmentThatLandsExactlyOnTheLimit() {
            CapacityPlan before = points("20", "0.2", "14", "0");
            assertEquals(Verdict.Outcome.ACCEPT,
                    Verdict.judge(before, before.with(bd("2"), bd("4")), PolicyMode.ENFORCE).outcome());
        }

        @Test
        void twoPointsOverIsPhrasedAsInTheProductDocument() {
            assertEquals(List.of("2 points over the functional limit of 16 points; the reserve of 4 points is what"
                    + " keeps refactoring alive."), points("20", "0.2", "18", "0").warnings());
        }

        @Test
        void workBeyondTheCapacityIsCalledOut() {
            CapacityPlan plan = points("20", "0.2", "18", "4");
            assertTrue(plan.overCapacity());
            assertEquals(List.of(
                    "2 points over the functional limit of 16 points; the reserve of 4 points is what keeps"
                            + " refactoring alive.",
                    "The sprint holds 22 points of work for a capacity of 20 points."), plan.warnings());
        }
    }

    @Nested
    class TechnicalWorkBeyondTheReserve {

        private final CapacityPlan plan = points("20", "0.2", "15", "6");

        @Test
        void theExcessCountsAgainstTheFunctionalLimit() {
            assertAll(
                    () -> assertAmount("2", plan.technicalExcess(), "technical excess"),
                    () -> assertAmount("0", plan.unallocatedReserve(), "unallocated reserve"),
                    () -> assertAmount("16", plan.functionalLimit(), "functional limit, before the excess"),
                    () -> assertAmount("14", plan.effectiveFunctionalLimit(), "effective limit"),
                    () -> assertAmount("1", plan.functionalOverBy(), "over by"),
                    () -> assertTrue(plan.overFunctionalLimit()),
                    () -> assertTrue(plan.overCapacity()));
        }

        @Test
        void planningSaysSoBeforeSayingWhatIsOver() {
            assertEquals(List.of(
                    "Technical work (6 points) exceeds the reserve of 4 points by 2 points; the excess counts"
                            + " against the functional limit, which is now 14 points.",
                    "1 point over the functional limit of 14 points; the reserve of 4 points is what keeps"
                            + " refactoring alive.",
                    "The sprint holds 21 points of work for a capacity of 20 points."), plan.warnings());
        }

        @Test
        void aWarningVerdictExplainsWhyTheLimitIsLower() {
            Verdict verdict = Verdict.judge(plan, PolicyMode.WARN);
            assertEquals(Verdict.Outcome.WARN, verdict.outcome());
            assertEquals(String.join(" ", plan.warnings()), verdict.message());
            assertTrue(verdict.message().contains("which is now 14 points"), verdict.message());
        }

        @Test
        void aRefusalNamesTheLoweredLimitAndWhereTheRestWent() {
            CapacityPlan before = points("20", "0.2", "12", "4");
            Verdict verdict = Verdict.judge(before, before.with(bd("3"), bd("2")), PolicyMode.ENFORCE);
            assertEquals("Refused: with this commitment (5 points) the sprint would hold 21 points of work for its"
                    + " capacity of 20 points, 1 point too much: technical work (6 points) would go 2 points beyond"
                    + " the reserve of 4 points, into the functional limit of 16 points that functional work"
                    + " (15 points) needs. 2 points of functional work still fit; a Product Owner or Scrum Master"
                    + " can override with a reason.", verdict.message());
        }

        /** A technical item refused in the figures the gauge showed before it: its limit of 17, not a lowered 10. */
        @Test
        void aRefusedTechnicalItemIsToldInTheGaugesOwnFigures() {
            CapacityPlan before = points("20", "0.15", "16", "2");
            CapacityPlan after = before.with(null, bd("8"));
            Verdict verdict = Verdict.judge(before, after, PolicyMode.ENFORCE, "SHOP-12");
            assertEquals("Refused: with SHOP-12 (8 points) the sprint would hold 26 points of work for its capacity"
                    + " of 20 points, 6 points too much: technical work (10 points) would go 7 points beyond the"
                    + " reserve of 3 points, into the functional limit of 17 points that functional work (16 points)"
                    + " needs. No functional work fits any more; a Product Owner or Scrum Master can override with a"
                    + " reason.", verdict.message());
            assertAmount("17", before.functionalLimit(), "the limit the gauge shows");
        }

        @Test
        void anExcessAloneIsReportedButAccepted() {
            CapacityPlan within = points("20", "0.2", "14", "6");
            assertEquals(List.of("Technical work (6 points) exceeds the reserve of 4 points by 2 points; the excess"
                    + " counts against the functional limit, which is now 14 points."), within.warnings());
            assertFalse(within.overCapacity(), "14 + 6 is exactly the capacity");
            assertEquals(Verdict.Outcome.ACCEPT, Verdict.judge(within, PolicyMode.ENFORCE).outcome());
        }

        @Test
        void technicalWorkBeyondTheWholeCapacityLeavesNoFunctionalLimitAtAll() {
            CapacityPlan overloaded = points("20", "0.2", "0", "25");
            assertAll(
                    () -> assertAmount("21", overloaded.technicalExcess(), "technical excess"),
                    () -> assertAmount("0", overloaded.effectiveFunctionalLimit(), "never below zero"),
                    () -> assertFalse(overloaded.overFunctionalLimit(), "no functional work is committed"),
                    () -> assertTrue(overloaded.overCapacity()),
                    () -> assertEquals(List.of(
                            "Technical work (25 points) exceeds the reserve of 4 points by 21 points; the excess"
                                    + " counts against the functional limit, which is now 0 points.",
                            "The sprint holds 25 points of work for a capacity of 20 points."),
                            overloaded.warnings()));
            CapacityPlan withStory = overloaded.with(bd("1"), null);
            assertTrue(withStory.overFunctionalLimit());
            assertAmount("1", withStory.functionalOverBy(), "over by");
            assertTrue(Verdict.judge(overloaded, withStory, PolicyMode.ENFORCE).message()
                    .contains("No functional work fits any more"));
        }

        @Test
        void technicalWorkWithinTheReserveLeavesTheRestUnallocated() {
            CapacityPlan plan = points("20", "0.2", "10", "3");
            assertAmount("1", plan.unallocatedReserve(), "unallocated reserve");
            assertAmount("0", plan.technicalExcess(), "technical excess");
            assertAmount("16", plan.effectiveFunctionalLimit(), "effective limit");
            assertEquals(List.of(), plan.warnings());
        }
    }

    @Nested
    class Figures {

        @ParameterizedTest(name = "C={0} r={1} F={2} T={3}")
        @CsvSource({
            // C,  r,     F,    T,  reserve, limit, excess, unalloc, effLimit, overBy, room, over, overCap
            "20, 0.2,   0,    0,  4,    16,   0,  4,    16,   0,   16, false, false",
            "20, 0.2,   16,   0,  4,    16,   0,  4,    16,   0,   0,  false, false",
            "20, 0.2,   16.5, 0,  4,    16,   0,  4,    16,   0.5, 0,  true,  false",
            "20, 0.2,   16,   4,  4,    16,   0,  0,    16,   0,   0,  false, false",
            "20, 0.2,   10,   3,  4,    16,   0,  1,    16,   0,   6,  false, false",
            "20, 0.2,   15,   6,  4,    16,   2,  0,    14,   1,   0,  true,  true",
            "20, 0.2,   14,   6,  4,    16,   2,  0,    14,   0,   0,  false, false",
            "20, 0.2,   0,    25, 4,    16,   21, 0,    0,    0,   0,  false, true",
            "20, 0.2,   1,    25, 4,    16,   21, 0,    0,    1,   0,  true,  true",
            "20, 0,     5,    3,  0,    20,   3,  0,    17,   0,   12, false, false",
            "20, 0,     18,   3,  0,    20,   3,  0,    17,   1,   0,  true,  true",
            "20, 0,     20,   0,  0,    20,   0,  0,    20,   0,   0,  false, false",
            "20, 0.9,   2,    18, 18,   2,    0,  0,    2,    0,   0,  false, false",
            "20, 0.9,   2.5,  18, 18,   2,    0,  0,    2,    0.5, 0,  true,  true",
            "20, 0.9,   0,    0,  18,   2,    0,  18,   2,    0,   2,  false, false",
            "7,  0.3,   0,    0,  2.1,  4.9,  0,  2.1,  4.9,  0,   4.9, false, false",
            "7,  0.3,   5,    2.1, 2.1, 4.9,  0,  0,    4.9,  0.1, 0,  true,  true",
            "10, 0.15,  0,    0,  1.5,  8.5,  0,  1.5,  8.5,  0,   8.5, false, false",
            "10, 0.33,  0,    0,  3.3,  6.7,  0,  3.3,  6.7,  0,   6.7, false, false",
            "10, 0.3333, 0,   0,  3.33, 6.67, 0,  3.33, 6.67, 0,   6.67, false, false",
            "1,  0.125, 0,    0,  0.13, 0.87, 0,  0.13, 0.87, 0,   0.87, false, false",
            "1,  0.005, 0,    0,  0.01, 0.99, 0,  0.01, 0.99, 0,   0.99, false, false",
            "0,  0.2,   0,    0,  0,    0,    0,  0,    0,    0,   0,  false, false",
            "0,  0.2,   1,    0,  0,    0,    0,  0,    0,    1,   0,  true,  true",
            "100, 0.1,  85,   10, 10,   90,   0,  0,    90,   0,   5,  false, false",
            "10, 0.5,   5,    5,  5,    5,    0,  0,    5,    0,   0,  false, false",
        })
        void everyFigurePlanningShows(String capacity, String share, String functional, String technical,
                String reserve, String limit, String excess, String unallocated, String effectiveLimit,
                String overBy, String room, boolean over, boolean overCapacity) {
            CapacityPlan plan = points(capacity, share, functional, technical);
            assertAll(
                    () -> assertAmount(reserve, plan.reserve(), "reserve"),
                    () -> assertAmount(limit, plan.functionalLimit(), "functional limit"),
                    () -> assertAmount(excess, plan.technicalExcess(), "technical excess"),
                    () -> assertAmount(unallocated, plan.unallocatedReserve(), "unallocated reserve"),
                    () -> assertAmount(effectiveLimit, plan.effectiveFunctionalLimit(), "effective limit"),
                    () -> assertAmount(overBy, plan.functionalOverBy(), "functional over by"),
                    () -> assertAmount(room, plan.room(), "room"),
                    () -> assertEquals(over, plan.overFunctionalLimit(), "over the functional limit"),
                    () -> assertEquals(overCapacity, plan.overCapacity(), "over capacity"),
                    () -> assertTrue(plan.hasCapacity()));
        }

        @ParameterizedTest(name = "{0} is printed as {1}")
        @CsvSource({
            "10,     10",
            "1E+1,   10",
            "100,    100",
            "1000,   1000",
            "20.00,  20",
            "0.50,   0.5",
            "0.00,   0",
            "1.005,  1.01",
            "1.004,  1",
            "2.675,  2.68",
            "0.001,  0",
        })
        void amountsAreRoundedHalfUpToTwoDecimalsAndNeverInENotation(String given, String printed) {
            CapacityPlan plan = points(given, "0", given, given);
            assertAmount(printed, plan.capacity(), "capacity");
            assertAmount(printed, plan.functionalLoad(), "functional load");
            assertAmount(printed, plan.technicalLoad(), "technical load");
            assertAmount(printed, plan.functionalLimit(), "functional limit with no reserve");
        }

        @Test
        void roundFiguresInWarningsAreWrittenOutInFull() {
            CapacityPlan plan = points("100", "0.1", "100", "10");
            assertAmount("10", plan.reserve(), "reserve");
            assertAmount("90", plan.functionalLimit(), "limit");
            assertEquals(List.of(
                    "10 points over the functional limit of 90 points; the reserve of 10 points is what keeps"
                            + " refactoring alive.",
                    "The sprint holds 110 points of work for a capacity of 100 points."), plan.warnings());
            plan.warnings().forEach(warning -> assertFalse(warning.contains("E+"), warning));
        }

        @Test
        void aLoadThatRoundsToTheLimitIsNotOver() {
            CapacityPlan plan = points("20", "0.2", "16.004", "0");
            assertFalse(plan.overFunctionalLimit());
            assertEquals(List.of(), plan.warnings());
        }

        @Test
        void theShareIsKeptExactWhileTheReserveIsRounded() {
            CapacityPlan plan = points("10", "0.33333", "0", "0");
            assertAmount("0.33333", plan.reservedShare(), "share");
            assertAmount("3.33", plan.reserve(), "reserve");
            assertAmount("0.2", points("10", "0.200", "0", "0").reservedShare(), "share without trailing zeros");
        }

        static Stream<Arguments> grid() {
            Stream.Builder<Arguments> grid = Stream.builder();
            for (String capacity : new String[] {"0", "1", "7", "10", "13.5", "20", "40"}) {
                for (String share : new String[] {"0", "0.1", "0.15", "0.2", "0.33", "0.5", "0.9"}) {
                    for (String functional : new String[] {"0", "0.5", "4.9", "8", "16", "16.5", "30"}) {
                        for (String technical : new String[] {"0", "1", "2.1", "4", "6", "25"}) {
                            grid.add(Arguments.of(capacity, share, functional, technical));
                        }
                    }
                }
            }
            return grid.build();
        }

        @ParameterizedTest(name = "C={0} r={1} F={2} T={3}")
        @MethodSource("grid")
        void theFiguresAlwaysAddUp(String capacity, String share, String functional, String technical) {
            CapacityPlan plan = points(capacity, share, functional, technical);
            BigDecimal c = plan.capacity();
            BigDecimal f = plan.functionalLoad();
            BigDecimal t = plan.technicalLoad();
            assertAll(
                    () -> assertEquals(0, plan.reserve().add(plan.functionalLimit()).compareTo(c),
                            "reserve + limit = capacity"),
                    () -> assertEquals(0, t.add(plan.unallocatedReserve()).subtract(plan.technicalExcess())
                            .compareTo(plan.reserve()), "T + unallocated − excess = reserve"),
                    () -> assertFalse(plan.technicalExcess().signum() > 0 && plan.unallocatedReserve().signum() > 0,
                            "never both an excess and unallocated reserve"),
                    () -> assertTrue(plan.effectiveFunctionalLimit().compareTo(plan.functionalLimit()) <= 0,
                            "the excess only ever lowers the limit"),
                    () -> assertEquals(plan.overFunctionalLimit(), plan.functionalOverBy().signum() > 0,
                            "over exactly when over by something"),
                    () -> assertEquals(plan.overFunctionalLimit(), f.compareTo(plan.effectiveFunctionalLimit()) > 0,
                            "over means strictly beyond the effective limit"),
                    () -> assertFalse(plan.room().signum() > 0 && plan.functionalOverBy().signum() > 0,
                            "never both room and over"),
                    () -> assertEquals(0, f.add(plan.room()).subtract(plan.functionalOverBy())
                            .compareTo(plan.effectiveFunctionalLimit()), "F + room − over by = effective limit"),
                    () -> assertEquals(plan.overCapacity(), f.add(t).compareTo(c) > 0, "over capacity is F+T > C"),
                    () -> assertEquals(plan.warnings().isEmpty(),
                            !plan.overFunctionalLimit() && !plan.overCapacity()
                                    && plan.technicalExcess().signum() == 0, "warnings exactly when something is off"),
                    () -> assertEquals(plan.overFunctionalLimit() ? Verdict.Outcome.REFUSE : Verdict.Outcome.ACCEPT,
                            Verdict.judge(plan, PolicyMode.ENFORCE).outcome(), "ENFORCE refuses exactly when over"),
                    () -> assertEquals(plan.overFunctionalLimit() ? Verdict.Outcome.WARN : Verdict.Outcome.ACCEPT,
                            Verdict.judge(plan, PolicyMode.WARN).outcome(), "WARN warns exactly when over"));
        }
    }

    @Nested
    class Units {

        @ParameterizedTest(name = "{0} {1} → \"{2}\"")
        @CsvSource({
            "0,    points, 0 points",
            "1,    points, 1 point",
            "1.00, points, 1 point",
            "0.5,  points, 0.5 points",
            "1.5,  points, 1.5 points",
            "2,    points, 2 points",
            "10,   points, 10 points",
            "1,    hours,  1 hour",
            "2.5,  hours,  2.5 hours",
            "3.5,  hours,  3.5 hours",
            "0.25, hours,  0.25 hours",
        })
        void amountsReadAsAPersonWouldSayThem(String value, String unit, String expected) {
            CapacityPlan plan = CapacityPlan.of(bd("10"), BigDecimal.ZERO, null, null, unit);
            assertEquals(expected, plan.amount(bd(value)));
        }

        @Test
        void oneHourIsSingularInWarnings() {
            CapacityPlan plan = hours("10", "0.1", "10", "0");
            assertEquals(List.of("1 hour over the functional limit of 9 hours; the reserve of 1 hour is what keeps"
                    + " refactoring alive."), plan.warnings());
        }

        @Test
        void fractionalHoursArePlural() {
            CapacityPlan plan = hours("25", "0.1", "25", "0");
            assertAmount("2.5", plan.reserve(), "reserve");
            assertEquals(List.of("2.5 hours over the functional limit of 22.5 hours; the reserve of 2.5 hours is"
                    + " what keeps refactoring alive."), plan.warnings());
        }

        @Test
        void hoursCarryThroughEveryWarningAndTheRefusal() {
            CapacityPlan before = hours("40", "0.25", "25", "12");
            CapacityPlan after = before.with(bd("4.5"), null);
            assertEquals(List.of(
                    "Technical work (12 hours) exceeds the reserve of 10 hours by 2 hours; the excess counts"
                            + " against the functional limit, which is now 28 hours.",
                    "1.5 hours over the functional limit of 28 hours; the reserve of 10 hours is what keeps"
                            + " refactoring alive.",
                    "The sprint holds 41.5 hours of work for a capacity of 40 hours."), after.warnings());
            assertEquals("Refused: with SHOP-9 (4.5 hours) the sprint would hold 41.5 hours of work for its capacity"
                    + " of 40 hours, 1.5 hours too much: technical work (12 hours) would go 2 hours beyond the"
                    + " reserve of 10 hours, into the functional limit of 30 hours that functional work (29.5 hours)"
                    + " needs. 3 hours of functional work still fit; a Product Owner or Scrum Master can override"
                    + " with a reason.", Verdict.judge(before, after, PolicyMode.ENFORCE, "SHOP-9").message());
        }
    }

    @Nested
    class NoReserve {

        @Test
        void everyTechnicalPointIsExcess() {
            CapacityPlan plan = points("20", "0", "10", "3");
            assertAmount("0", plan.reserve(), "reserve");
            assertAmount("20", plan.functionalLimit(), "limit");
            assertAmount("3", plan.technicalExcess(), "excess");
            assertAmount("17", plan.effectiveFunctionalLimit(), "effective limit");
            assertEquals(List.of("There is no reserve, so technical work (3 points) counts against the functional"
                    + " limit, which is now 17 points."), plan.warnings());
        }

        @Test
        void overTheLimitWithoutAReserveDoesNotMentionOne() {
            CapacityPlan plan = points("20", "0", "18", "3");
            assertEquals(List.of(
                    "There is no reserve, so technical work (3 points) counts against the functional limit, which"
                            + " is now 17 points.",
                    "1 point over the functional limit of 17 points.",
                    "The sprint holds 21 points of work for a capacity of 20 points."), plan.warnings());
        }

        @Test
        void aFullSprintOfFunctionalWorkIsFine() {
            assertEquals(List.of(), points("20", "0", "20", "0").warnings());
        }
    }

    @Nested
    class EmptySprint {

        @ParameterizedTest(name = "C={0} r={1}")
        @CsvSource({"20, 0.2", "7, 0.3", "10, 0", "10, 0.9", "0, 0.5"})
        void hasNoWarningsAndTheWholeReserveIsUnallocated(String capacity, String share) {
            CapacityPlan plan = points(capacity, share, null, null);
            assertAll(
                    () -> assertEquals(List.of(), plan.warnings()),
                    () -> assertEquals(plan.reserve(), plan.unallocatedReserve()),
                    () -> assertEquals(plan.functionalLimit(), plan.room()),
                    () -> assertAmount("0", plan.functionalLoad(), "F"),
                    () -> assertAmount("0", plan.technicalLoad(), "T"),
                    () -> assertEquals(Verdict.Outcome.ACCEPT, Verdict.judge(plan, PolicyMode.ENFORCE).outcome()));
        }
    }

    @Nested
    class NoCapacityYet {

        private final CapacityPlan plan = points(null, "0.2", "12", "30");

        @Test
        void everyFigureIsZeroAndNothingIsOver() {
            assertAll(
                    () -> assertNull(plan.capacity()),
                    () -> assertFalse(plan.hasCapacity()),
                    () -> assertAmount("12", plan.functionalLoad(), "F is still shown"),
                    () -> assertAmount("30", plan.technicalLoad(), "T is still shown"),
                    () -> assertAmount("0", plan.reserve(), "reserve"),
                    () -> assertAmount("0", plan.functionalLimit(), "limit"),
                    () -> assertAmount("0", plan.technicalExcess(), "excess"),
                    () -> assertAmount("0", plan.unallocatedReserve(), "unallocated"),
                    () -> assertAmount("0", plan.effectiveFunctionalLimit(), "effective limit"),
                    () -> assertAmount("0", plan.functionalOverBy(), "over by"),
                    () -> assertAmount("0", plan.room(), "room"),
                    () -> assertFalse(plan.overFunctionalLimit()),
                    () -> assertFalse(plan.overCapacity()));
        }

        @Test
        void theOnlyWarningAsksForACapacity() {
            assertEquals(List.of(NO_CAPACITY), plan.warnings());
            assertEquals(List.of(NO_CAPACITY), points(null, "0", null, null).warnings());
        }

        @Test
        void offAcceptsButWarnAndEnforceOnlyWarn() {
            assertEquals(new Verdict(Verdict.Outcome.ACCEPT, null), Verdict.judge(plan, PolicyMode.OFF));
            assertEquals(new Verdict(Verdict.Outcome.WARN, NO_CAPACITY), Verdict.judge(plan, PolicyMode.WARN));
            Verdict enforced = Verdict.judge(plan, PolicyMode.ENFORCE);
            assertEquals(new Verdict(Verdict.Outcome.WARN, NO_CAPACITY), enforced);
            assertFalse(enforced.refused(), "nothing is refused against an unknown capacity");
        }

        @Test
        void committingMoreKeepsItUnset() {
            CapacityPlan after = plan.with(bd("5"), bd("1"));
            assertNull(after.capacity());
            assertAmount("17", after.functionalLoad(), "F");
            assertAmount("31", after.technicalLoad(), "T");
        }
    }

    @Nested
    class Committing {

        @Test
        void addsTheLoadsAndLeavesTheOriginalAlone() {
            CapacityPlan before = points("20", "0.2", "10", "2");
            CapacityPlan after = before.with(bd("3.5"), bd("1.25"));
            assertAll(
                    () -> assertAmount("13.5", after.functionalLoad(), "F after"),
                    () -> assertAmount("3.25", after.technicalLoad(), "T after"),
                    () -> assertAmount("20", after.capacity(), "capacity kept"),
                    () -> assertAmount("0.2", after.reservedShare(), "share kept"),
                    () -> assertEquals("points", after.unit(), "unit kept"),
                    () -> assertEquals(points("20", "0.2", "10", "2"), before, "the original is unchanged"),
                    () -> assertAmount("10", before.functionalLoad(), "F before"),
                    () -> assertAmount("2", before.technicalLoad(), "T before"));
        }

        @Test
        void nullsAddNothing() {
            CapacityPlan before = points("20", "0.2", "10", "2");
            assertEquals(before, before.with(null, null));
            assertEquals(points("20", "0.2", "11", "2"), before.with(bd("1"), null));
            assertEquals(points("20", "0.2", "10", "3"), before.with(null, bd("1")));
        }

        @Test
        void workCanBeTakenOutButNotBelowNothing() {
            CapacityPlan before = points("20", "0.2", "10", "2");
            assertEquals(points("20", "0.2", "7", "0"), before.with(bd("-3"), bd("-2")));
            assertThrows(IllegalArgumentException.class, () -> before.with(bd("-10.01"), null));
            assertThrows(IllegalArgumentException.class, () -> before.with(null, bd("-3")));
        }

        @Test
        void aCommitmentCanTipTheSprintOver() {
            CapacityPlan before = points("20", "0.2", "15", "4");
            CapacityPlan after = before.with(bd("1"), bd("1"));
            assertFalse(before.overFunctionalLimit());
            assertTrue(after.overFunctionalLimit(), "its DoD task lowers the limit to 15, the story makes 16");
            assertAmount("1", after.functionalOverBy(), "over by");
        }
    }

    @Nested
    class Validation {

        @ParameterizedTest(name = "share {0}")
        @ValueSource(strings = {"-0.01", "-1", "0.91", "0.9000001", "1", "1.5"})
        void aShareOutsideZeroToNinetyPercentIsRefused(String share) {
            IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                    () -> points("20", share, "0", "0"));
            assertTrue(failure.getMessage().contains("between 0 and 0.9"), failure.getMessage());
        }

        @ParameterizedTest(name = "share {0}")
        @ValueSource(strings = {"0", "0.0", "0.45", "0.9", "0.900"})
        void aShareFromZeroToNinetyPercentIsAccepted(String share) {
            assertTrue(points("20", share, "0", "0").hasCapacity());
        }

        @Test
        void aMissingShareIsRefused() {
            assertThrows(IllegalArgumentException.class, () -> points("20", null, "0", "0"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(nullValues = "null", value = {
            "negative capacity,        -1,    0,    0",
            "slightly negative capacity, -0.001, 0, 0",
            "negative functional load, 20,    -1,   0",
            "negative technical load,  20,    0,    -0.5",
        })
        void negativeAmountsAreRefused(String what, String capacity, String functional, String technical) {
            assertThrows(IllegalArgumentException.class, () -> points(capacity, "0.2", functional, technical), what);
        }

        @ParameterizedTest(name = "unit \"{0}\"")
        @ValueSource(strings = {"", "  "})
        void aBlankUnitIsRefused(String unit) {
            assertThrows(IllegalArgumentException.class, () -> CapacityPlan.of(bd("20"), bd("0.2"), null, null, unit));
        }

        @Test
        void aMissingUnitIsRefused() {
            assertThrows(IllegalArgumentException.class, () -> CapacityPlan.of(bd("20"), bd("0.2"), null, null, null));
        }

        @Test
        void missingLoadsCountAsNothing() {
            assertEquals(points("20", "0.2", "0", "0"), points("20", "0.2", null, null));
        }
    }

    @Nested
    class ValueSemantics {

        @Test
        void plansWithTheSameFiguresAreEqual() {
            CapacityPlan plan = points("20", "0.2", "16", "4");
            CapacityPlan same = points("20.00", "0.20", "16.0", "4.000");
            assertEquals(plan, same);
            assertEquals(plan.hashCode(), same.hashCode());
            assertEquals(points(null, "0.2", "1", "1"), points(null, "0.2", "1", "1"));
        }

        @Test
        void plansDifferingInAnyFigureDiffer() {
            CapacityPlan plan = points("20", "0.2", "16", "4");
            assertAll(
                    () -> assertNotEquals(plan, points("21", "0.2", "16", "4")),
                    () -> assertNotEquals(plan, points(null, "0.2", "16", "4")),
                    () -> assertNotEquals(plan, points("20", "0.3", "16", "4")),
                    () -> assertNotEquals(plan, points("20", "0.2", "15", "4")),
                    () -> assertNotEquals(plan, points("20", "0.2", "16", "5")),
                    () -> assertNotEquals(plan, hours("20", "0.2", "16", "4")),
                    () -> assertNotEquals(plan, null),
                    () -> assertNotEquals(plan, "CapacityPlan"));
        }

        @Test
        void toStringNamesEveryFigure() {
            assertEquals("CapacityPlan[capacity=20, reservedShare=0.2, functionalLoad=16, technicalLoad=4,"
                    + " unit=points]", points("20", "0.2", "16", "4").toString());
            assertEquals("CapacityPlan[capacity=not set, reservedShare=0, functionalLoad=0, technicalLoad=0,"
                    + " unit=hours]", hours(null, "0", null, null).toString());
        }

        @Test
        void warningsCannotBeChangedByTheCaller() {
            List<String> warnings = points("20", "0.2", "30", "0").warnings();
            assertThrows(UnsupportedOperationException.class, () -> warnings.add("anything"));
            List<String> none = points("20", "0.2", "0", "0").warnings();
            assertThrows(UnsupportedOperationException.class, () -> none.add("anything"));
        }
    }

    @Nested
    class Policy {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "OFF,     Off",
            "WARN,    Warn",
            "ENFORCE, Enforce",
        })
        void eachModeHasALabel(PolicyMode mode, String label) {
            assertEquals(label, mode.label());
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(PolicyMode.class)
        void eachModeIsDescribedInOneLine(PolicyMode mode) {
            String description = mode.describe();
            assertFalse(description.isBlank());
            assertFalse(description.contains("\n"));
            assertTrue(description.length() <= 120, description);
        }

        @Test
        void theDescriptionsSayWhatHappensToACommitment() {
            assertTrue(PolicyMode.OFF.describe().contains("accepted"));
            assertTrue(PolicyMode.WARN.describe().contains("warning"));
            assertEquals("Commitments beyond the functional limit are refused unless a Product Owner or Scrum Master"
                    + " overrides them with a reason", PolicyMode.ENFORCE.describe());
        }

        static Stream<CapacityPlan> anyLoad() {
            return Stream.of(
                    points("20", "0.2", "0", "0"),
                    points("20", "0.2", "16.5", "0"),
                    points("20", "0.2", "100", "100"),
                    points("0", "0", "5", "5"),
                    points(null, "0.2", "50", "0"));
        }

        @ParameterizedTest
        @MethodSource("anyLoad")
        void offAcceptsWhateverTheLoad(CapacityPlan plan) {
            assertEquals(new Verdict(Verdict.Outcome.ACCEPT, null), Verdict.judge(plan, PolicyMode.OFF));
            assertEquals(new Verdict(Verdict.Outcome.ACCEPT, null),
                    Verdict.judge(points("0", "0", "0", "0"), plan, PolicyMode.OFF));
        }

        @Test
        void overCapacityThroughTechnicalWorkAloneIsAccepted() {
            CapacityPlan plan = points("20", "0.2", "0", "25");
            assertTrue(plan.overCapacity());
            assertEquals(Verdict.Outcome.ACCEPT, Verdict.judge(plan, PolicyMode.WARN).outcome());
            assertEquals(Verdict.Outcome.ACCEPT, Verdict.judge(plan, PolicyMode.ENFORCE).outcome());
        }

        @Test
        void judgingNeedsAPlanAndAMode() {
            CapacityPlan plan = points("20", "0.2", "0", "0");
            assertThrows(NullPointerException.class, () -> Verdict.judge(null, PolicyMode.WARN));
            assertThrows(NullPointerException.class, () -> Verdict.judge(plan, null));
            assertThrows(NullPointerException.class, () -> Verdict.judge(plan, null, PolicyMode.WARN));
        }
    }

    @Nested
    class Verdicts {

        @Test
        void onlyARefusalIsRefused() {
            assertTrue(new Verdict(Verdict.Outcome.REFUSE, "no").refused());
            assertFalse(new Verdict(Verdict.Outcome.WARN, "careful").refused());
            assertFalse(new Verdict(Verdict.Outcome.ACCEPT, null).refused());
        }

        @Test
        void aPlainAcceptanceHasNoMessage() {
            assertThrows(IllegalArgumentException.class, () -> new Verdict(Verdict.Outcome.ACCEPT, "fine"));
        }

        @ParameterizedTest(name = "{0} with \"{1}\"")
        @CsvSource(nullValues = "null", value = {"WARN, null", "WARN, ' '", "REFUSE, null", "REFUSE, ''"})
        void aWarningOrRefusalMustSayWhy(Verdict.Outcome outcome, String message) {
            assertThrows(IllegalArgumentException.class, () -> new Verdict(outcome, message));
        }

        @Test
        void aVerdictNeedsAnOutcome() {
            assertThrows(NullPointerException.class, () -> new Verdict(null, "message"));
        }
    }
}
