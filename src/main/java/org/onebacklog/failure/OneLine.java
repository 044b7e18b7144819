package org.onebacklog.failure;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A name or title: one line of at most {@link #max()} characters once trimmed, without line breaks or control
 * characters. Empty text passes (pair with {@code @NotBlank} where the text is required).
 */
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = OneLine.Check.class)
public @interface OneLine {

    int max();

    /** Said when the text is not one line (and when it is too long, unless {@link #tooLong()} says otherwise). */
    String message();

    /** Said when the text is longer than {@code max}; {@code {length}} is its length. Empty: {@link #message()}. */
    String tooLong() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<OneLine, String> {

        private OneLine rule;

        @Override
        public void initialize(OneLine rule) {
            this.rule = rule;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String text = Text.strip(value);
            if (text.length() > rule.max() && !rule.tooLong().isEmpty()) {
                context.disableDefaultConstraintViolation();
                context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("length", text.length())
                        .buildConstraintViolationWithTemplate(rule.tooLong()).addConstraintViolation();
                return false;
            }
            // Character.isISOControl covers line breaks and tabs too.
            return text.length() <= rule.max() && Text.isOneLine(text);
        }
    }
}
