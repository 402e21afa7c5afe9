package org.koprogo.meetings.meeting.entity;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The delays of art. 3.87 in calendar days as Belgian law counts them: dates in Europe/Brussels, never a
 * {@code Duration} (a span over the spring clock change is 15 days although one hour short of 15 × 24 hours).
 */
public final class AssemblyCalendar {

    /** The least delay between a convocation and its assembly (§3), and between a failed assembly and the second (§5). */
    public static final int DELAY_DAYS = 15;

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private AssemblyCalendar() {
    }

    /** Calendar days from one instant's Brussels date to the other's. */
    public static long daysBetween(OffsetDateTime from, OffsetDateTime to) {
        return ChronoUnit.DAYS.between(from.atZoneSameInstant(BRUSSELS).toLocalDate(),
                to.atZoneSameInstant(BRUSSELS).toLocalDate());
    }

    /** Whether {@code later} falls at least the legal delay after {@code earlier}. */
    public static boolean delayKept(OffsetDateTime earlier, OffsetDateTime later) {
        return daysBetween(earlier, later) >= DELAY_DAYS;
    }
}
