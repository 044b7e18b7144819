package org.onebacklog.capacity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the capacity policy says about a commitment: accept it, accept it with a warning, or refuse it (HTTP 409,
 * unless a Product Owner or Scrum Master overrides with a reason). The message is null exactly when the
 * commitment is accepted without comment.
 *
 * @param outcome accept, warn or refuse
 * @param message what to tell the user; required for a warning or refusal, absent for a plain acceptance
 */
public record Verdict(Outcome outcome, String message) {

    /** The three things the policy can do with a commitment. */
    public enum Outcome {
        /** Take it, say nothing. */
        ACCEPT,
        /** Take it, and show the message. */
        WARN,
        /** Do not take it; the message says by how much it is over and what would fit. */
        REFUSE
    }

    private static final String OVERRIDE = "a Product Owner or Scrum Master can override with a reason.";

    /** Rejects verdicts that would leave the user without an explanation, or chatter on a plain acceptance. */
    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.ACCEPT && message != null) {
            throw new IllegalArgumentException("A plain acceptance has no message");
        }
        if (outcome != Outcome.ACCEPT && (message == null || message.isBlank())) {
            throw new IllegalArgumentException("A " + outcome + " verdict needs a message");
        }
    }

    /**
     * Judges the plan a commitment would lead to. Knowing only the result, a refusal can say how much is over and
     * therefore how much smaller the commitment must be to fit; {@link #judge(CapacityPlan, CapacityPlan,
     * PolicyMode)} can also say how much functional work still fits and is the one to prefer.
     *
     * @param after the plan with the commitment in it
     * @param mode the product's policy mode
     */
    public static Verdict judge(CapacityPlan after, PolicyMode mode) {
        return judge(null, after, mode);
    }

    /**
     * Judges a commitment that turns {@code before} into {@code after}.
     *
     * <ul>
     *   <li>OFF accepts whatever the load.</li>
     *   <li>Without a capacity, WARN and ENFORCE warn: nothing can be refused against an unknown capacity.</li>
     *   <li>Within the effective functional limit (exactly at it included), everything is accepted.</li>
     *   <li>Beyond it, WARN warns and ENFORCE refuses, saying how much is over and what would fit.</li>
     * </ul>
     *
     * @param before the plan without the commitment, or null if unknown
     * @param after the plan with the commitment in it
     * @param mode the product's policy mode
     */
    public static Verdict judge(CapacityPlan before, CapacityPlan after, PolicyMode mode) {
        return judge(before, after, mode, null);
    }

    /**
     * As {@link #judge(CapacityPlan, CapacityPlan, PolicyMode)}, naming the item committed (e.g. "SHOP-12") in the
     * refusal, so the Product Owner reads which commitment breaks which of the gauge's limits.
     */
    public static Verdict judge(CapacityPlan before, CapacityPlan after, PolicyMode mode, String item) {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(mode, "mode");
        if (mode == PolicyMode.OFF) {
            return accept();
        }
        if (!after.hasCapacity()) {
            return new Verdict(Outcome.WARN, CapacityPlan.noCapacitySentence());
        }
        if (!after.overFunctionalLimit()) {
            return accept();
        }
        if (mode == PolicyMode.WARN) {
            // All warnings, not just the over-limit one: a technical excess is what explains a lowered limit.
            return new Verdict(Outcome.WARN, String.join(" ", after.warnings()));
        }
        return new Verdict(Outcome.REFUSE, refusal(before, after, item));
    }

    /** Whether the commitment must not be made (without an override). */
    public boolean refused() {
        return outcome == Outcome.REFUSE;
    }

    private static Verdict accept() {
        return new Verdict(Outcome.ACCEPT, null);
    }

    /**
     * Says which of the gauge's figures the commitment breaks. Technical work within the reserve leaves functional
     * work its functional limit (capacity less reserve); technical work beyond the reserve takes functional room, and
     * then being over means the whole sprint holds more than its capacity. Both are the same rule (F > effective
     * limit), told in the figures the gauge shows rather than in a lowered limit that appears nowhere.
     */
    private static String refusal(CapacityPlan before, CapacityPlan after, String item) {
        StringBuilder message = new StringBuilder("Refused: with ").append(what(before, after, item));
        if (after.technicalExcess().signum() > 0) {
            BigDecimal work = after.functionalLoad().add(after.technicalLoad());
            message.append(" the sprint would hold ").append(after.amount(work)).append(" of work for its capacity of ")
                    .append(after.amount(after.capacity())).append(", ").append(after.amount(after.functionalOverBy()))
                    .append(" too much: technical work (").append(after.amount(after.technicalLoad()))
                    .append(") would go ").append(after.amount(after.technicalExcess())).append(" beyond the reserve of ")
                    .append(after.amount(after.reserve())).append(", into the functional limit of ")
                    .append(after.amount(after.functionalLimit())).append(" that functional work (")
                    .append(after.amount(after.functionalLoad())).append(") needs. ");
        } else {
            message.append(" functional work would come to ").append(after.amount(after.functionalLoad()))
                    .append(", ").append(after.amount(after.functionalOverBy())).append(" over the functional limit of ")
                    .append(after.amount(after.functionalLimit())).append(". ");
        }
        if (before == null) {
            message.append("To fit, it must be at least ").append(after.amount(after.functionalOverBy()))
                    .append(" smaller; ");
        } else {
            // Measured against the limit after the commitment: its DoD tasks come with it and may lower the limit.
            BigDecimal fits = after.effectiveFunctionalLimit().subtract(before.functionalLoad());
            if (fits.signum() > 0) {
                message.append(after.amount(fits)).append(" of functional work still ")
                        .append(fits.compareTo(BigDecimal.ONE) == 0 ? "fits" : "fit").append("; ");
            } else {
                message.append("No functional work fits any more; ");
            }
        }
        return message.append(OVERRIDE).toString();
    }

    /** "SHOP-12 (5 points)", with what it adds when the plan before it is known. */
    private static String what(CapacityPlan before, CapacityPlan after, String item) {
        String name = item == null ? "this commitment" : item;
        if (before == null) {
            return name;
        }
        BigDecimal added = after.functionalLoad().add(after.technicalLoad())
                .subtract(before.functionalLoad()).subtract(before.technicalLoad());
        return name + " (" + after.amount(added) + ")";
    }
}
