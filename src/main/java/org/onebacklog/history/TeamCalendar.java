package org.onebacklog.history;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.onebacklog.web.Settings;

/**
 * Where the team's days begin and end ({@code onebacklog.time-zone}, default: the server's zone). Burndown days and
 * days left are counted in it.
 */
@ApplicationScoped
public class TeamCalendar {

    @Inject
    Settings settings;

    public ZoneId zone() {
        return settings.timeZone().map(ZoneId::of).orElse(ZoneId.systemDefault());
    }

    /** The team's zone where no bean is at hand (an API view built from an entity alone). */
    public static ZoneId configuredZone() {
        return ConfigProvider.getConfig().getOptionalValue("onebacklog.time-zone", String.class).map(ZoneId::of)
                .orElse(ZoneId.systemDefault());
    }

    public Instant now() {
        return Instant.now();
    }

    public LocalDate today() {
        return LocalDate.now(zone());
    }

    /**
     * Working days from today (counted if it is one) to the sprint's last day; 0 once it has ended. A sprint started
     * ahead of its first day counts from that day: the days before it are not the sprint's.
     */
    public int daysLeft(LocalDate start, LocalDate end) {
        return daysLeft(today(), start, end);
    }

    static int daysLeft(LocalDate today, LocalDate start, LocalDate end) {
        LocalDate from = today.isBefore(start) ? start : today;
        if (from.isAfter(end)) {
            return 0;
        }
        return (int) from.datesUntil(end.plusDays(1)).filter(SprintRecord::isWorkingDay).count();
    }
}
