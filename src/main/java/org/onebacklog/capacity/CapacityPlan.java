package org.onebacklog.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The capacity figures of one sprint as planning shows them: capacity C, the reserve r·C kept for technical work,
 * the functional limit (1−r)·C, the functional load F (committed stories and bugs) and the technical load T
 * (committed technical items plus the tasks the Definition of Done implies for every committed item).
 *
 * <p>Technical work beyond the reserve is not free: the excess counts against the functional limit, which gives the
 * <em>effective</em> functional limit that all "over" checks use.
 *
 * <p>Every amount is rounded half-up to two decimals first and all derived figures are computed from those rounded
 * amounts, so what planning prints always adds up (limit + reserve = capacity, over-by = load − limit) and a load
 * exactly at a printed limit is never reported as over. Without a capacity (none entered, no velocity yet) no limit
 * can be exceeded: the derived figures are 0, the "over" flags are false and the only warning says a capacity is
 * missing.
 *
 * <p>Immutable; equal when capacity, reserved share, loads and unit are numerically equal.
 */
public final class CapacityPlan {

    /** The highest share that may be reserved: some of every sprint must stay functional. */
    static final BigDecimal MAX_RESERVED_SHARE = new BigDecimal("0.9");

    private static final String NO_CAPACITY = "The sprint has no capacity yet: enter one, or close a few sprints so"
            + " it can be taken from the team's velocity.";

    private final BigDecimal capacity;
    private final BigDecimal reservedShare;
    private final BigDecimal functionalLoad;
    private final BigDecimal technicalLoad;
    private final String unit;

    private CapacityPlan(BigDecimal capacity, BigDecimal reservedShare, BigDecimal functionalLoad,
            BigDecimal technicalLoad, String unit) {
        this.capacity = capacity;
        this.reservedShare = reservedShare;
        this.functionalLoad = functionalLoad;
        this.technicalLoad = technicalLoad;
        this.unit = unit;
    }

    /**
     * A sprint's plan.
     *
     * @param capacity the sprint's capacity, or null when none is set yet
     * @param reservedShare the share of capacity reserved for technical work, 0 to 0.9
     * @param functionalLoad the estimates of committed stories and bugs; null means 0
     * @param technicalLoad the estimates of committed technical items and DoD-implied tasks; null means 0
     * @param unit the plural unit label, "points" or "hours"
     * @throws IllegalArgumentException if the share is missing or outside 0 to 0.9, an amount is negative or the
     *     unit is blank
     */
    public static CapacityPlan of(BigDecimal capacity, BigDecimal reservedShare, BigDecimal functionalLoad,
            BigDecimal technicalLoad, String unit) {
        if (reservedShare == null) {
            throw new IllegalArgumentException("The reserved share is required (0 when nothing is reserved)");
        }
        if (reservedShare.signum() < 0 || reservedShare.compareTo(MAX_RESERVED_SHARE) > 0) {
            throw new IllegalArgumentException("The reserved share must be between 0 and 0.9, not "
                    + reservedShare.toPlainString());
        }
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("The unit is required (\"points\" or \"hours\")");
        }
        // The share is a ratio, not an amount: it is kept exact so that reserve() is the share of the capacity.
        return new CapacityPlan(capacity == null ? null : amount("capacity", capacity),
                normal(reservedShare), amount("functional load", orZero(functionalLoad)),
                amount("technical load", orZero(technicalLoad)), unit);
    }

    /**
     * The plan after committing more work (or, with negative amounts, after taking work out).
     *
     * @param addedFunctional estimates of the stories and bugs added; null means 0
     * @param addedTechnical estimates of the technical items and DoD-implied tasks added; null means 0
     * @throws IllegalArgumentException if a load would become negative
     */
    public CapacityPlan with(BigDecimal addedFunctional, BigDecimal addedTechnical) {
        return of(capacity, reservedShare, functionalLoad.add(orZero(addedFunctional)),
                technicalLoad.add(orZero(addedTechnical)), unit);
    }

    /** The capacity, or null when none is set yet. */
    public BigDecimal capacity() {
        return capacity;
    }

    /** The share of capacity reserved for technical work (exact, not rounded). */
    public BigDecimal reservedShare() {
        return reservedShare;
    }

    /** F: the estimates of committed stories and bugs. */
    public BigDecimal functionalLoad() {
        return functionalLoad;
    }

    /** T: the estimates of committed technical items and of the tasks the DoD implies for committed items. */
    public BigDecimal technicalLoad() {
        return technicalLoad;
    }

    /** The plural unit label, e.g. "points". */
    public String unit() {
        return unit;
    }

    /** Whether the sprint has a capacity to plan against. */
    public boolean hasCapacity() {
        return capacity != null;
    }

    /** r·C: the capacity kept for technical work; 0 without a capacity. */
    public BigDecimal reserve() {
        return hasCapacity() ? round(reservedShare.multiply(capacity)) : BigDecimal.ZERO;
    }

    /** (1−r)·C, computed as C − reserve so that the two printed figures add up to C; 0 without a capacity. */
    public BigDecimal functionalLimit() {
        return hasCapacity() ? normal(capacity.subtract(reserve())) : BigDecimal.ZERO;
    }

    /** How far technical work goes beyond the reserve; 0 without a capacity. */
    public BigDecimal technicalExcess() {
        return hasCapacity() ? positive(technicalLoad.subtract(reserve())) : BigDecimal.ZERO;
    }

    /** The part of the reserve no technical work is planned for yet; 0 without a capacity. */
    public BigDecimal unallocatedReserve() {
        return hasCapacity() ? positive(reserve().subtract(technicalLoad)) : BigDecimal.ZERO;
    }

    /** The functional limit less the technical excess, never below 0: the limit functional work really has. */
    public BigDecimal effectiveFunctionalLimit() {
        return positive(functionalLimit().subtract(technicalExcess()));
    }

    /** How far functional work goes beyond the effective functional limit; 0 without a capacity. */
    public BigDecimal functionalOverBy() {
        return hasCapacity() ? positive(functionalLoad.subtract(effectiveFunctionalLimit())) : BigDecimal.ZERO;
    }

    /** Whether F is beyond the effective functional limit; F exactly at the limit is not over. */
    public boolean overFunctionalLimit() {
        return functionalOverBy().signum() > 0;
    }

    /** Whether all committed work (F + T) is beyond the capacity; false without a capacity. */
    public boolean overCapacity() {
        return hasCapacity() && functionalLoad.add(technicalLoad).compareTo(capacity) > 0;
    }

    /** How much functional work still fits under the effective functional limit; 0 without a capacity. */
    public BigDecimal room() {
        return hasCapacity() ? positive(effectiveFunctionalLimit().subtract(functionalLoad)) : BigDecimal.ZERO;
    }

    /**
     * What planning should tell the Product Owner, in this order: no capacity, technical excess, functional work
     * over the limit, all work over capacity. Empty when all is well.
     */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (!hasCapacity()) {
            warnings.add(NO_CAPACITY);
            return List.copyOf(warnings);
        }
        if (technicalExcess().signum() > 0) {
            warnings.add(technicalExcessSentence());
        }
        if (overFunctionalLimit()) {
            warnings.add(overLimitSentence());
        }
        if (overCapacity()) {
            warnings.add("The sprint holds " + amount(functionalLoad.add(technicalLoad)) + " of work for a capacity of "
                    + amount(capacity) + ".");
        }
        return List.copyOf(warnings);
    }

    /** The sentence for a sprint without capacity. */
    static String noCapacitySentence() {
        return NO_CAPACITY;
    }

    /** The sentence for functional work beyond the effective limit. */
    String overLimitSentence() {
        String over = amount(functionalOverBy()) + " over the functional limit of "
                + amount(effectiveFunctionalLimit());
        // With no reserve there is nothing to point at; "the reserve of 0 points" would only confuse.
        return reserve().signum() > 0
                ? over + "; the reserve of " + amount(reserve()) + " is what keeps refactoring alive."
                : over + ".";
    }

    private String technicalExcessSentence() {
        String effect = "counts against the functional limit, which is now " + amount(effectiveFunctionalLimit())
                + ".";
        if (reserve().signum() == 0) {
            return "There is no reserve, so technical work (" + amount(technicalLoad) + ") " + effect;
        }
        return "Technical work (" + amount(technicalLoad) + ") exceeds the reserve of " + amount(reserve()) + " by "
                + amount(technicalExcess()) + "; the excess " + effect;
    }

    /** An amount in this plan's unit, as a PO reads it: "2 points", "1 point", "0.5 points", "3.5 hours". */
    String amount(BigDecimal value) {
        String number = normal(value).toPlainString();
        boolean one = value.compareTo(BigDecimal.ONE) == 0;
        return number + " " + (one ? singular(unit) : unit);
    }

    private static String singular(String plural) {
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    private static BigDecimal amount(String what, BigDecimal value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("The " + what + " cannot be negative, not " + value.toPlainString());
        }
        return round(value);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BigDecimal positive(BigDecimal value) {
        return value.signum() > 0 ? normal(value) : BigDecimal.ZERO;
    }

    private static BigDecimal round(BigDecimal value) {
        return normal(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** Strips trailing zeros without ever landing in E-notation (10 stays "10", not "1E+1"). */
    private static BigDecimal normal(BigDecimal value) {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CapacityPlan plan && Objects.equals(capacity, plan.capacity)
                && reservedShare.equals(plan.reservedShare) && functionalLoad.equals(plan.functionalLoad)
                && technicalLoad.equals(plan.technicalLoad) && unit.equals(plan.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(capacity, reservedShare, functionalLoad, technicalLoad, unit);
    }

    @Override
    public String toString() {
        return "CapacityPlan[capacity=" + (capacity == null ? "not set" : capacity.toPlainString())
                + ", reservedShare=" + reservedShare.toPlainString() + ", functionalLoad="
                + functionalLoad.toPlainString() + ", technicalLoad=" + technicalLoad.toPlainString() + ", unit="
                + unit + "]";
    }
}
