package org.koprogo.meetings;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.koprogo.core.module.boundary.PlatformModule;
import org.koprogo.meetings.deliberation.boundary.AttendanceResource;
import org.koprogo.meetings.deliberation.boundary.MinutesResource;
import org.koprogo.meetings.deliberation.boundary.OpeningResource;
import org.koprogo.meetings.deliberation.boundary.ResolutionsResource;
import org.koprogo.meetings.meeting.boundary.BuildingMeetingsResource;
import org.koprogo.meetings.meeting.boundary.MeetingsResource;

/**
 * General assemblies of a building's co-owners: scheduled, given an agenda, held, cancelled or rescheduled; and
 * their legal deliberation: convocation, attendance, quorum, second assembly, resolutions and votes, minutes.
 */
@ApplicationScoped
public class MeetingsModule implements PlatformModule {

    public static final String NAME = "meetings";

    @Override
    public String name() {
        return NAME;
    }

    /** Buildings hold the meetings; owners count the co-owners who may attend. */
    @Override
    public Set<String> requires() {
        return Set.of("buildings", "owners");
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/meetings.xml");
    }

    @Override
    public Set<Class<?>> resources() {
        return Set.of(MeetingsResource.class, BuildingMeetingsResource.class, AttendanceResource.class,
                OpeningResource.class, ResolutionsResource.class, MinutesResource.class);
    }
}
