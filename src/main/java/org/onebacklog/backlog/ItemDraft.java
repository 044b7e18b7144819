package org.onebacklog.backlog;

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
import java.util.List;
import org.onebacklog.failure.Decimals;
import org.onebacklog.failure.Drafts;
import org.onebacklog.failure.OneLine;
import org.onebacklog.failure.PlainText;

/** The editable content of a backlog item, as a person or script sends it; checked by {@link ItemRules}. */
@ItemDraft.ValueStated
public record ItemDraft(
        @NotNull(message = "Choose STORY, BUG or TECHNICAL")
        ItemKind kind,
        @NotBlank(message = "Give the item a title")
        @OneLine(max = ItemRules.TITLE_MAX, tooLong = "Keep the title to " + ItemRules.TITLE_MAX
                + " characters (it has {length})",
                message = "The title must be one line of text without control characters")
        String title,
        @Size(max = ItemRules.DESCRIPTION_MAX,
                message = "Keep the description to " + ItemRules.DESCRIPTION_MAX + " characters")
        @PlainText(message = "The description contains control characters")
        String description,
        @DecimalMin(value = "0", message = "The estimate cannot be negative")
        @DecimalMax(value = ItemRules.ESTIMATE_MAX, message = "The estimate cannot be above " + ItemRules.ESTIMATE_MAX)
        @Decimals(value = 2, message = "Use at most two decimals")
        BigDecimal estimate,
        @Size(max = ItemRules.VALUE_STATEMENT_MAX,
                message = "Keep the value statement to " + ItemRules.VALUE_STATEMENT_MAX + " characters")
        @PlainText(message = "The value statement contains control characters")
        String valueStatement,
        List<String> labels,
        ItemStatus status) {

    /** The item's current content, the base onto which a partial change is laid. */
    public static ItemDraft of(BacklogItem item) {
        return new ItemDraft(item.kind, item.title, item.description, item.estimate, item.valueStatement,
                List.copyOf(item.labels), item.status);
    }

    /** A technical item says who benefits and what leaving it undone costs, or the PO cannot weigh it. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = ValueStated.Check.class)
    public @interface ValueStated {

        String message() default "A technical item needs a value statement: who benefits, and what it costs to"
                + " leave it undone";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<ValueStated, ItemDraft> {

            @Override
            public boolean isValid(ItemDraft draft, ConstraintValidatorContext context) {
                return draft.kind() != ItemKind.TECHNICAL || draft.valueStatement() != null
                        && !draft.valueStatement().isBlank()
                        || Drafts.broken(context, "valueStatement", context.getDefaultConstraintMessageTemplate());
            }
        }
    }
}
