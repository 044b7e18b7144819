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
import java.math.BigDecimal;

/**
 * A figure with at most {@link #value()} decimals that mean something: 1.50 has two, 1.500 has two as well (unlike
 * {@code @Digits}, which counts the zeros a script happens to send).
 */
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = Decimals.Check.class)
public @interface Decimals {

    int value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Decimals, BigDecimal> {

        private int decimals;

        @Override
        public void initialize(Decimals rule) {
            this.decimals = rule.value();
        }

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            return value == null || value.stripTrailingZeros().scale() <= decimals;
        }
    }
}
