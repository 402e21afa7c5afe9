package org.koprogo.meetings.meeting.control;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.koprogo.core.module.boundary.ModuleRegistry;
import org.koprogo.core.property.boundary.BuildingRecords;
import org.koprogo.meetings.MeetingsModule;
import org.koprogo.meetings.meeting.entity.Meeting;

/** module-meetings' side of the records contract: a meeting's building, for the modules that link to it. */
@ApplicationScoped
public class MeetingRecords implements BuildingRecords {

    @PersistenceContext(unitName = "meetings")
    EntityManager em;

    @Inject
    ModuleRegistry modules;

    @Override
    public String kind() {
        return MEETING;
    }

    @Override
    public Optional<RecordRef> find(UUID id) {
        // the jar may be installed while the module is disabled: then its tables do not exist
        if (!modules.current().isEnabled(MeetingsModule.NAME)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Meeting.class, id))
                .map(meeting -> new RecordRef(meeting.getId(), meeting.getOrganizationId(), meeting.getBuildingId()));
    }

    /** The assemblies in whose attendance the owner is (present, represented or absent). */
    @Override
    public Set<UUID> takenPartIn(UUID ownerId) {
        if (!modules.current().isEnabled(MeetingsModule.NAME)) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select distinct a.meetingId from Attendance a where a.ownerId = :owner",
                UUID.class).setParameter("owner", ownerId).getResultList());
    }
}
