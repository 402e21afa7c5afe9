package org.koprogo.meetings.deliberation.entity;

import java.util.UUID;

import org.koprogo.meetings.meeting.entity.Meeting;
import org.koprogo.meetings.meeting.entity.MeetingStatus;

/**
 * What keeps a co-owner's data from being erased while an assembly deliberates: from its opening (the attendance
 * frozen, the quorum taken) until it is completed, its tallies and minutes are being written on their presence,
 * their proxy and their votes. An absent co-owner is not held; one holding another's proxy is.
 */
public final class AssemblyInSession {

    /** The hold's code, stable for clients. */
    public static final String CODE = "assembly_in_session";

    private AssemblyInSession() {
    }

    /** Whether {@code attendance}, a row of {@code meeting}, holds the owner's erasure back now. */
    public static boolean holds(Meeting meeting, Attendance attendance, UUID ownerId) {
        if (ownerId == null || !attendance.getMeetingId().equals(meeting.getId())) {
            return false;
        }
        boolean inSession = meeting.isOpened() && meeting.getStatus() == MeetingStatus.SCHEDULED;
        boolean attends = attendance.getOwnerId().equals(ownerId) && attendance.isPresentOrRepresented();
        ProxyHolder holder = attendance.proxyHolder();
        boolean holdsTheProxy = holder != null && ownerId.equals(holder.ownerId());
        return inSession && (attends || holdsTheProxy);
    }

    /** What to resolve, in words free of anyone's personal data. */
    public static String detail(Meeting meeting) {
        return "The assembly " + meeting.getId() + " of " + meeting.getScheduledDate().toLocalDate()
                + " is in session and this person takes part in it (present, represented or holding a proxy):"
                + " erase once it is completed";
    }
}
