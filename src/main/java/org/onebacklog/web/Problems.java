package org.onebacklog.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.Forbidden;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.failure.NotFound;
import org.onebacklog.failure.Violation;

/** Turns any failure into a problem document. Server errors are logged with an id that the document repeats. */
public final class Problems {

    private Problems() {
    }

    public static Problem of(Throwable failure) {
        if (failure instanceof InvalidInput invalid) {
            return Problem.of(400, "Invalid input", invalid.getMessage()).withViolations(invalid.violations());
        }
        if (failure instanceof NotFound notFound) {
            return Problem.of(404, "Not found", notFound.getMessage());
        }
        if (failure instanceof Forbidden forbidden) {
            return Problem.of(403, "Not allowed", forbidden.getMessage());
        }
        if (failure instanceof Conflict conflict) {
            return Problem.of(409, "Conflict", conflict.getMessage()).withCurrent(conflict.current());
        }
        if (failure instanceof io.quarkus.security.AuthenticationFailedException failed
                && failed.getMessage() != null && !failed.getMessage().isBlank()) {
            return Problem.of(401, "Not logged in", failed.getMessage());
        }
        if (failure instanceof io.quarkus.security.UnauthorizedException
                || failure instanceof io.quarkus.security.AuthenticationFailedException) {
            return Problem.of(401, "Not logged in",
                    "Send HTTP Basic credentials or an API token (Authorization: Bearer …)");
        }
        if (failure instanceof io.quarkus.security.ForbiddenException) {
            return Problem.of(403, "Not allowed", "You may not do this");
        }
        if (failure instanceof JsonProcessingException json) {
            return ofJson(json);
        }
        if (failure instanceof WebApplicationException web) {
            Throwable json = causeOf(web, JsonProcessingException.class);
            if (json != null) {
                return ofJson((JsonProcessingException) json);
            }
            int status = web.getResponse().getStatus();
            if (status == 404) {
                return Problem.of(404, "Not found", "There is nothing at this address. It may have been moved or "
                        + "removed, or the link has a typo.");
            }
            if (status < 500) {
                return Problem.of(status, web.getResponse().getStatusInfo().getReasonPhrase(), web.getMessage());
            }
        }
        Throwable concurrency = causeOf(failure, OptimisticLockException.class, StaleStateException.class,
                ConstraintViolationException.class);
        if (concurrency != null) {
            return Problem.of(409, "Conflict",
                    "Someone else changed the same data at the same moment; reload and try again");
        }
        if (isLockTimeout(failure)) {
            // A row lock held longer than the database waits (a backlog or board busy with a long write).
            Log.warnf("Lock wait timed out: %s", rootMessage(failure));
            return Problem.of(503, "Service unavailable",
                    "Others are changing the same product right now. Nothing was changed; try again in a moment.");
        }
        if (isDatabaseUnreachable(failure)) {
            // PostgreSQL restarting or out of reach: the pool reconnects by itself, so "try again" is the truth.
            Log.warnf("Database unreachable: %s", rootMessage(failure));
            return Problem.of(503, "Service unavailable",
                    "The database cannot be reached right now. Nothing was changed; try again in a moment.");
        }
        Throwable nested = causeOf(failure, InvalidInput.class, NotFound.class, Forbidden.class, Conflict.class,
                JsonProcessingException.class);
        if (nested != null && nested != failure) {
            return of(nested);
        }
        if (causeOf(failure, io.vertx.core.http.HttpClosedException.class) != null) {
            // The client went away, or RequestLimits closed a connection whose body did not arrive in time.
            return Problem.of(408, "Request Timeout", "The connection closed before the request arrived.");
        }
        if (isBodyTooLarge(failure)) {
            // A chunked body past quarkus.http.limits.max-body-size: Quarkus has answered 413 and closed already.
            return Problem.of(413, "Content Too Large", "The request body is larger than the server accepts.");
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        Log.errorf(failure, "Server error %s", errorId);
        return Problem.of(500, "Server error",
                "Something went wrong on our side. Quote error " + errorId + " when you report it.")
                .withErrorId(errorId);
    }

    /** Quarkus' stream refusing to read past the body limit. */
    static boolean isBodyTooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException && "Request too large".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lost or refused database connection: JDBC's connection class of SQL states ("08…"), Hibernate's
     * connection exception, or the pool giving up waiting for a connection.
     */
    static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().equals("57P01")) {
                return true; // PostgreSQL: admin shutdown of this connection (a restart)
            }
            if (t.getMessage() != null && t.getMessage().contains("Acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** H2's "timeout trying to lock" (HYT00) or PostgreSQL's lock_not_available (55P03). */
    static boolean isLockTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.exception.LockTimeoutException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && ("HYT00".equals(sql.getSQLState())
                    || "55P03".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Problem ofJson(JsonProcessingException json) {
        if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message;
            if (json instanceof UnrecognizedPropertyException) {
                message = "Unknown field";
            } else if (json instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                // Before numbers: an enum given as a number ("kind": 1) is refused by its names, not as a range.
                message = "Unknown value " + quote(format.getValue()) + "; use one of "
                        + Arrays.stream(format.getTargetType().getEnumConstants()).map(e -> ((Enum<?>) e).name())
                        .collect(Collectors.joining(", "));
            } else if (json instanceof InvalidFormatException format && format.getValue() instanceof Number) {
                message = "Is out of range: write at most " + Numbers.MAX_DIGITS + " digits before and after the point";
            } else if (json instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                message = "Expected " + describe(mismatched.getTargetType());
            } else {
                message = "Has the wrong type";
            }
            return Problem.of(400, "Invalid input", field + ": " + message)
                    .withViolations(List.of(new Violation(field, message)));
        }
        if (json instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return Problem.of(400, "Invalid input", "The request body must be " + describe(mismatched.getTargetType()));
        }
        return Problem.of(400, "Malformed JSON", "The request body is not valid JSON: "
                + withoutJavaNames(json.getOriginalMessage().lines().findFirst().orElse("")));
    }

    private static final java.util.regex.Pattern JAVA_NAME =
            java.util.regex.Pattern.compile("`?\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][\\w$]*`?");

    /** Parser messages may quote the Java type they expected; callers of the API never need to read our classes. */
    static String withoutJavaNames(String message) {
        return JAVA_NAME.matcher(message).replaceAll("a value");
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return "an object";
    }

    private static String quote(Object value) {
        String text = String.valueOf(value);
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }

    @SafeVarargs
    private static Throwable causeOf(Throwable failure, Class<? extends Throwable>... types) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
        }
        return null;
    }
}
