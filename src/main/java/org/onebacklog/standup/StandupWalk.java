package org.onebacklog.standup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The stand-up a product's team is walking now: the step on the walker's screen and whose it is. Kept in the
 * database so every instance's TVs can follow it; no version, the latest step is the walk.
 */
@Entity
@Table(name = "standup_walk")
public class StandupWalk extends PanacheEntityBase {

    /** A walk nobody stepped for this long is over: the walker closed the page or forgot "Back to the board". */
    public static final Duration LASTS = Duration.ofMinutes(15);

    @Id
    public Long productId;

    /** The step's index in the walk, from 0. */
    public int step;

    /** Whose step: a username, or null for the work nobody holds. */
    public String person;

    public String walkedBy;

    public Instant steppedAt;

    public Instant endsAt() {
        return steppedAt.plus(LASTS);
    }

    public boolean over(Instant now) {
        return !now.isBefore(endsAt());
    }
}
