package org.onebacklog.board;

/**
 * A message that belongs to one card: why a change of that card was refused, shown on the card itself, with what
 * the person had typed (a refused edit), so that nothing they typed is lost.
 */
public record BoardNote(long taskId, String message, boolean edit, String typedAssignee, String typedRemaining,
        String lead) {

    public static final BoardNote NONE = new BoardNote(-1, null, false, null, null, null);

    /** A refused edit's note, with the typed values kept. */
    static BoardNote edit(long taskId, String message, String lead, BoardNote typed) {
        return new BoardNote(taskId, message, true, typed.typedAssignee(), typed.typedRemaining(), lead);
    }

    public boolean isFor(Task task) {
        return task.id != null && task.id == taskId;
    }

    /** What the person had typed, in words: "assignee maria, 3 left". */
    public String typed() {
        StringBuilder text = new StringBuilder();
        if (typedAssignee != null) {
            text.append(typedAssignee.isEmpty() ? "unassigned" : "assignee " + typedAssignee);
        }
        if (typedRemaining != null) {
            text.append(text.length() > 0 ? ", " : "")
                    .append(typedRemaining.isEmpty() ? "no estimate" : typedRemaining + " left");
        }
        return text.toString();
    }
}
