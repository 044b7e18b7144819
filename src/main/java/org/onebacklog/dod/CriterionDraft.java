package org.onebacklog.dod;

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
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import org.onebacklog.failure.Decimals;
import org.onebacklog.failure.Drafts;
import org.onebacklog.failure.OneLine;

/** A criterion as sent by the page or the API; {@code id} names an existing criterion to keep. */
public record CriterionDraft(
        Long id,
        @NotBlank(message = "Say what must be true, such as \"Code reviewed by a second developer\"")
        @OneLine(max = DodService.TEXT_MAX, tooLong = "Keep a criterion to " + DodService.TEXT_MAX + " characters",
                message = "A criterion is one line of text")
        String text,
        boolean impliesTask,
        String taskTitle,
        TaskCategory category,
        BigDecimal estimate,
        BigDecimal estimateShare) {

    /** The task this criterion adds to every story, when it implies one: checked only then. */
    ImpliedTask task() {
        return new ImpliedTask(taskTitle, category, estimate, estimateShare);
    }

    @ImpliedTask.OneEstimate
    record ImpliedTask(
            @NotBlank(message = "Name the task this criterion adds to every story")
            @OneLine(max = 200, message = "Keep the task title to one line of 200 characters")
            String taskTitle,
            @NotNull(message = "Choose REFACTORING, DOCUMENTATION, TESTING or REVIEW")
            TaskCategory category,
            @DecimalMin(value = "0", message = ESTIMATE)
            @DecimalMax(value = "999", message = ESTIMATE)
            @Decimals(value = 2, message = ESTIMATE)
            BigDecimal estimate,
            @DecimalMin(value = "0", inclusive = false, message = SHARE)
            @DecimalMax(value = "1", message = SHARE)
            @Decimals(value = 3, message = SHARE)
            BigDecimal estimateShare) {

        static final String ESTIMATE = "Use a number from 0 to 999 with at most two decimals";
        static final String SHARE = "Use a share above 0 and at most 1 (0.2 is 20 %)";

        /** The task's estimate is fixed or a share of the item's: exactly one of them. */
        @Target(TYPE)
        @Retention(RUNTIME)
        @Constraint(validatedBy = OneEstimate.Check.class)
        public @interface OneEstimate {

            String message() default "Give a fixed estimate, or a share of the item's estimate";

            Class<?>[] groups() default {};

            Class<? extends Payload>[] payload() default {};

            class Check implements ConstraintValidator<OneEstimate, ImpliedTask> {

                @Override
                public boolean isValid(ImpliedTask task, ConstraintValidatorContext context) {
                    return (task.estimate() == null) != (task.estimateShare() == null)
                            || Drafts.broken(context, "estimate", task.estimate() == null
                            ? context.getDefaultConstraintMessageTemplate()
                            : "Give a fixed estimate or a share of the item's estimate, not both");
                }
            }
        }
    }
}
