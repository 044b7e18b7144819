package org.onebacklog.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.onebacklog.failure.Violation;

/** An RFC 9457 problem document: what went wrong, for scripts and people alike. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<Violation> violations,
        Object current, String errorId) {

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null, null);
    }

    public Problem withViolations(List<Violation> list) {
        return new Problem(type, title, status, detail, list, current, errorId);
    }

    public Problem withCurrent(Object fresh) {
        return new Problem(type, title, status, detail, violations, fresh, errorId);
    }

    public Problem withErrorId(String id) {
        return new Problem(type, title, status, detail, violations, current, id);
    }
}
