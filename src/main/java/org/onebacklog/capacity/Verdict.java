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
        return new Verdict(Outcome.REFUSE, refusal(before, after));
    }

    /** Whether the commitment must not be made (without an override). */
    public boolean refused() {
        return outcome == Outcome.REFUSE;
    }

    private static Verdict accept() {
        return new Verdict(Outcome.ACCEPT, null);
    }

    private static String refusal(CapacityPlan before, CapacityPlan after) {
        StringBuilder message = new StringBuilder("Refused: this commitment puts the sprint ")
                .append(after.amount(after.functionalOverBy())).append(" over its functional limit of ")
                .append(after.amount(after.effectiveFunctionalLimit()));
        if (after.technicalExcess().signum() > 0) {
            message.append(" (").append(after.amount(after.functionalLimit())).append(", less ")
                    .append(after.amount(after.technicalExcess())).append(" of technical work beyond the reserve)");
        }
        message.append(". ");
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
}
