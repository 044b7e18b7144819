package org.onebacklog.sprint;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.onebacklog.capacity.PolicyService;
import org.onebacklog.failure.Decimals;
import org.onebacklog.failure.Drafts;
import org.onebacklog.failure.Text;
import org.onebacklog.failure.OneLine;
import org.onebacklog.failure.PlainText;

/** A sprint's editable fields as a page or script sends them. A null capacity means "take it from velocity". */
@SprintDraft.Dates
public record SprintDraft(
        @NotBlank(message = "Name the sprint, such as \"Sprint 12\"")
        @OneLine(max = 80, message = "Keep the name to one line of 80 characters")
        String name,
        @Size(max = 500, message = "Keep the sprint goal to 500 characters")
        @PlainText(message = "The sprint goal contains control characters")
        String goal,
        @NotNull(message = "Give the first day of the sprint")
        LocalDate start,
        @NotNull(message = "Give the last day of the sprint")
        LocalDate end,
        @DecimalMin(value = "0", message = CAPACITY)
        @DecimalMax(value = SprintService.CAPACITY_MAX, message = CAPACITY)
        @Decimals(value = 2, message = CAPACITY)
        BigDecimal capacity,
        @DecimalMin(value = "0", message = PolicyService.SHARE_RANGE)
        @DecimalMax(value = PolicyService.MAX_SHARE, message = PolicyService.SHARE_RANGE)
        @Decimals(value = 2, message = PolicyService.SHARE_DECIMALS)
        BigDecimal reservedShareOverride,
        String shareOverrideReason) {

    static final String CAPACITY = "Use a capacity from 0 to " + SprintService.CAPACITY_MAX
            + " with at most two decimals";

    /** A name is kept trimmed, so that a name of spaces only is no name. */
    public SprintDraft {
        name = Text.strip(name);
    }

    /** A sprint ends on or after its first day, and lasts weeks, not years. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = Dates.Check.class)
    public @interface Dates {

        String message() default "The sprint cannot end before it starts";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<Dates, SprintDraft> {

            @Override
            public boolean isValid(SprintDraft draft, ConstraintValidatorContext context) {
                if (draft.start() == null || draft.end() == null) {
                    return true;
                }
                String broken = draft.end().isBefore(draft.start()) ? context.getDefaultConstraintMessageTemplate()
                        : draft.start().plusDays(366).isBefore(draft.end())
                        ? "A sprint lasts a few weeks, not more than a year" : null;
                return broken == null || Drafts.broken(context, "end", broken);
            }
        }
    }
}
