package org.onebacklog.failure;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a draft (a record carrying what a person or script sent) against the constraints on its components and
 * class, and reports what is broken as {@link Violation}s: each named by its field, in the order the record lists
 * its fields, one per field: a rule on the whole draft that names the field, else the first rule written on the
 * field, as an if/else would.
 */
public final class Drafts {

    /*
     * One validator for pages, services and plain tests alike, so no draft check needs the container. The messages
     * are plain sentences: parameters such as {max} are filled in, nothing is evaluated as an expression.
     */
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private Drafts() {
    }

    /** Throws {@link InvalidInput} with every broken rule of the draft. */
    public static void check(Record draft) {
        Checks checks = new Checks();
        check(draft, checks);
        checks.throwIfAny();
    }

    /** Adds the broken rules to {@code checks}, except on fields that already have a message (they failed to parse). */
    public static void check(Record draft, Checks checks) {
        check(draft, "", checks);
    }

    /** As {@link #check(Record, Checks)} for one draft of a list, whose fields are named {@code prefix + field}. */
    public static void check(Record draft, String prefix, Checks checks) {
        for (Violation violation : violations(draft)) {
            if (!checks.has(prefix + violation.field())) {
                checks.add(prefix + violation.field(), violation.message());
            }
        }
    }

    /** What is wrong with the draft, one violation per field at most; empty when nothing is. */
    public static List<Violation> violations(Record draft) {
        List<String> fields = Arrays.stream(draft.getClass().getRecordComponents()).map(RecordComponent::getName)
                .toList();
        Map<String, Violation> byField = new LinkedHashMap<>();
        VALIDATOR.validate(draft).stream()
                .sorted(Comparator.<ConstraintViolation<Record>>comparingInt(v -> place(fields, v.getPropertyPath()))
                        .thenComparingInt(Drafts::written))
                .forEach(v -> byField.putIfAbsent(v.getPropertyPath().toString(),
                        new Violation(v.getPropertyPath().toString(), v.getMessage())));
        return List.copyOf(byField.values());
    }

    /**
     * For a rule on a whole draft: reports {@code message} on {@code field}, so that it shows next to that field as
     * a field's own rule would. Returns false: the rule is broken.
     */
    public static boolean broken(ConstraintValidatorContext context, String field, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }

    /** Where the field comes in the record; nested fields (criteria[2].text) come with their list. */
    private static int place(List<String> fields, Path path) {
        var nodes = path.iterator();
        int place = nodes.hasNext() ? fields.indexOf(nodes.next().getName()) : -1;
        return place < 0 ? fields.size() : place;
    }

    /** Where the broken rule is written on its field; a rule on the whole draft that names the field comes first. */
    private static int written(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            field = node.getName();
        }
        if (field == null) {
            return -1;
        }
        Annotation rule = violation.getConstraintDescriptor().getAnnotation();
        try {
            Annotation[] written = violation.getLeafBean().getClass().getDeclaredField(field).getDeclaredAnnotations();
            return Arrays.asList(written).indexOf(rule);
        } catch (NoSuchFieldException e) {
            return -1;
        }
    }
}
