package org.koprogo.meetings.deliberation.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.core.privacy.boundary.ErasureHold;
import org.koprogo.core.privacy.boundary.ExportPart;
import org.koprogo.core.privacy.boundary.PersonalData;
import org.koprogo.meetings.MeetingsModule;
import org.koprogo.meetings.deliberation.control.Participations.AttendanceRow;
import org.koprogo.meetings.deliberation.control.Participations.Ballot;
import org.koprogo.meetings.deliberation.control.Participations.Side;
import org.koprogo.meetings.deliberation.entity.AssemblyInSession;

/**
 * module-meetings' part in a person's GDPR rights, through their owner record (a sign-in alone attends nothing):
 * the assemblies they attended, with their votes, and the proxies they held; held back while an assembly they take
 * part in is in session.
 *
 * <p>Erasure changes nothing here. The rows name the co-owner by id only, and their presence, quota, proxy and
 * votes are the assembly's legal record (its tallies and minutes), kept like the shares behind them. The one
 * free text, {@code proxy_holder_name}, names an outsider who held a co-owner's proxy: a third party with no
 * sign-in nor owner record, whom the platform cannot identify as a data subject, nor match safely by a name; it
 * stays with the attendance it is part of. Meetings' titles, agendas, resolutions and minutes are the syndic's
 * words about the assembly, not the person's.
 */
@ApplicationScoped
public class ParticipationPersonalData implements PersonalData {

    static final ExportPart MEETINGS = ExportPart.list("meetings");
    static final ExportPart PROXIES_HELD = ExportPart.list("proxies_held");

    @Inject
    Participations participations;

    @Override
    public String module() {
        return MeetingsModule.NAME;
    }

    @Override
    public List<ExportPart> parts() {
        return List.of(MEETINGS, PROXIES_HELD);
    }

    @Override
    public void export(DataSubject subject, ExportPart part, Consumer<Object> records) {
        UUID owner = subject.ownerId();
        if (owner == null) {
            return;
        }
        if (MEETINGS.equals(part)) {
            participations.rows(owner, Side.ATTENDING, batch -> attended(owner, batch).forEach(records));
        } else if (PROXIES_HELD.equals(part)) {
            participations.rows(owner, Side.HOLDING_PROXY, batch -> batch.stream().map(HeldProxy::of).forEach(records));
        } else {
            throw new IllegalArgumentException("module-meetings exports no part " + part.name());
        }
    }

    private List<AttendedMeeting> attended(UUID owner, List<AttendanceRow> batch) {
        Set<UUID> meetings = batch.stream().map(row -> row.meeting().getId()).collect(Collectors.toSet());
        Map<UUID, List<Ballot>> ballots = participations.ballots(owner, meetings);
        Map<UUID, String> buildings = participations.buildingNames(batch.stream()
                .map(row -> row.meeting().getBuildingId()).collect(Collectors.toSet()));
        return batch.stream().map(row -> AttendedMeeting.of(row, buildings.get(row.meeting().getBuildingId()),
                ballots.getOrDefault(row.meeting().getId(), List.of()))).toList();
    }

    @Override
    public List<ErasureHold> holds(DataSubject subject) {
        if (subject.ownerId() == null) {
            return List.of();
        }
        return participations.inSession(subject.ownerId()).stream()
                .map(meeting -> new ErasureHold(module(), AssemblyInSession.CODE, AssemblyInSession.detail(meeting)))
                .toList();
    }

    /** Nothing to anonymise: see the class comment. */
    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        return Map.of();
    }
}
