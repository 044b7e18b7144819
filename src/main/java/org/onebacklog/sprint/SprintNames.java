package org.onebacklog.sprint;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The name planning proposes for the next sprint: the highest number used so far, plus one ("Sprint 26"). */
final class SprintNames {

    private static final Pattern NUMBERED = Pattern.compile("^(.*?)(\\d{1,9})\\s*$");

    private SprintNames() {
    }

    /**
     * Follows the team's own naming ("Sprint 25" → "Sprint 26", "Iteration 7" → "Iteration 8"), by number rather
     * than by how many sprints exist: sprints get deleted, renamed and started at 10.
     */
    static String next(Collection<String> existing) {
        String prefix = "Sprint ";
        long highest = 0;
        for (String name : existing) {
            Matcher matcher = name == null ? null : NUMBERED.matcher(name.strip());
            if (matcher != null && matcher.matches()) {
                long number = Long.parseLong(matcher.group(2));
                if (number >= highest) {
                    highest = number;
                    prefix = matcher.group(1);
                }
            }
        }
        if (highest == 0 && !existing.isEmpty()) {
            highest = existing.size();
        }
        return prefix + (highest + 1);
    }
}
