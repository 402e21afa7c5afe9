package org.koprogo.meetings.meeting.control;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koprogo.core.conditional.boundary.IfMatch;
import org.koprogo.core.data.boundary.PlatformData;
import org.koprogo.core.paging.boundary.JpaPages;
import org.koprogo.core.paging.boundary.Page;
import org.koprogo.core.paging.boundary.PageRequest;
import org.koprogo.core.property.boundary.BuildingRecords;
import org.koprogo.core.property.boundary.CoOwners;
import org.koprogo.core.property.boundary.PropertyDirectory;
import org.koprogo.core.property.boundary.PropertyDirectory.BuildingRef;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.refusal.boundary.RuleViolation;
import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.core.tenancy.boundary.Visibility;
import org.koprogo.meetings.meeting.entity.Meeting;
import org.koprogo.meetings.meeting.entity.MeetingType;

/** General assemblies of the caller's buildings; a meeting belongs to its building's organization. */
@ApplicationScoped
public class MeetingStore {

    /** Wire names clients may sort by, each served by an index on (organization_id, column, id). */
    public static final Map<String, String> SORTS = Map.of("scheduled_date", "m.scheduledDate",
            "created_at", "m.createdAt");

    @PersistenceContext(unitName = "meetings")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Visibility visibility;

    @Inject
    PropertyDirectory property;

    @Inject
    CoOwners coOwners;

    @Inject
    PlatformData data;

    /** @param view what the page holds of each meeting */
    public <T> Page<T> list(MeetingFilter filter, PageRequest request, Function<Meeting, T> view) {
        return JpaPages.list(em, Meeting.class, Meeting.SELECT_JPQL, Meeting.COUNT_JPQL,
                visibility.where("m.organizationId", "m.buildingId")
                        .and("m.buildingId = :building", "building", filter.buildingId())
                        .and("m.status = :status", "status", filter.status()),
                SORTS, "m.id", request, view);
    }

    /** KoproGo's per-building list; 404 unless the caller may read the building. */
    public <T> Page<T> ofBuilding(UUID buildingId, PageRequest request, Function<Meeting, T> view) {
        property.building(buildingId)
                .filter(building -> visibility.canSee(building.organizationId(), building.id()))
                .orElseThrow(() -> noBuilding(buildingId));
        return list(MeetingFilter.ofBuilding(buildingId), request, view);
    }

    @Transactional
    public Meeting create(UUID buildingId, MeetingType type, Meeting.Details details) {
        BuildingRef building = property.building(buildingId).filter(found -> caller.canSee(found.organizationId()))
                .orElseThrow(() -> noBuilding(buildingId));
        Meeting meeting = new Meeting(building.organizationId(), building.id(), type, details);
        em.persist(meeting);
        em.flush();
        return meeting;
    }

    /** The meeting; 404 unless it exists and the caller may read it. */
    public Meeting readable(UUID id) {
        return Optional.ofNullable(em.find(Meeting.class, id))
                .filter(meeting -> visibility.canSee(meeting.getOrganizationId(), meeting.getBuildingId()))
                .orElseThrow(() -> notFound(id));
    }

    /** Applies one change or step; the entity refuses those its state does not allow (409). */
    @Transactional
    public Meeting change(UUID id, IfMatch ifMatch, Consumer<Meeting> change) {
        Meeting meeting = locked(id, ifMatch);
        change.accept(meeting);
        em.flush(); // the new version, for the answer's ETag
        return meeting;
    }

    /** Records the meeting as held by at most the building's co-owners. */
    @Transactional
    public Meeting complete(UUID id, IfMatch ifMatch, int attendees) {
        Meeting meeting = locked(id, ifMatch);
        meeting.complete(attendees, coOwners.count(meeting.getBuildingId()));
        em.flush();
        return meeting;
    }

    /** Calls the second assembly of one whose quorum failed; an assembly has at most one. */
    @Transactional
    public Meeting secondAssembly(UUID firstId, OffsetDateTime date, String location) {
        Meeting first = locked(firstId, IfMatch.ANY);
        em.createQuery("select m.id from Meeting m where m.firstAssemblyId = :first", UUID.class)
                .setParameter("first", firstId).getResultStream().findFirst().ifPresent(second -> {
                    throw new RuleViolation("The assembly " + firstId + " already called its second one, " + second);
                });
        Meeting second = Meeting.secondAssemblyOf(first, date, location);
        em.persist(second);
        em.flush();
        return second;
    }

    /** What other modules link to the meeting (documents) stays, unlinked ({@link PlatformData#releaseRecord}). */
    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        Meeting meeting = locked(id, ifMatch);
        data.releaseRecord(BuildingRecords.MEETING, id);
        em.remove(meeting);
        em.flush();
    }

    /**
     * The meeting locked for a write of this transaction (the deliberation's rows change under its lock, one
     * writer at a time); 404 unless the caller's organization holds it, 412 unless {@code ifMatch} admits it.
     */
    public Meeting locked(UUID id, IfMatch ifMatch) {
        Meeting meeting = Optional.ofNullable(em.find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(found -> caller.canSee(found.getOrganizationId()))
                .orElseThrow(() -> notFound(id));
        ifMatch.require(id, meeting.getVersion());
        return meeting;
    }

    private static NotFound notFound(UUID id) {
        return new NotFound("No meeting " + id);
    }

    private static NotFound noBuilding(UUID id) {
        return new NotFound("No building " + id);
    }
}
