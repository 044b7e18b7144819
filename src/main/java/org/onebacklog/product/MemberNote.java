package org.onebacklog.product;

/** A message the Team page shows next to one member's row: why a change of role or a removal was refused. */
public record MemberNote(String username, String message) {

    public static final MemberNote NONE = new MemberNote(null, null);

    /** The message for {@code member}'s row, or null when there is none. */
    public String on(String member) {
        return member.equals(username) ? message : null;
    }
}
