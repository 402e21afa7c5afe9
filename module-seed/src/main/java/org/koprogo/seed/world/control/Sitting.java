package org.koprogo.seed.world.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.koprogo.core.data.boundary.DataSet;

/**
 * An assembly of the realistic world as module-meetings records it: convened 20 to 40 days ahead (once that day
 * has passed), and once held its attendance on its date (some co-owners represented, a holder taking at most
 * {@value #MOST_PROXIES} proxies), the quorum taken at the opening, 2 to 4 resolutions voted on its agenda (as many
 * as it has items to vote on) with the outcome the law gives, and minutes approved at the close. When the quorum fails, a second assembly 15 to 30
 * days after the convocation sent the next day deliberates whatever the attendance. Drawn from the meeting's own
 * id, so that the rows drawn before keep theirs.
 */
final class Sitting {

    /** Of the assemblies that may fail their quorum, those whose attendance stays short of it. */
    static final int SHORT_ATTENDANCE_PERCENT = 6;
    /** The proxies anyone may hold (art. 3.87 §7): more only within 10 % of the votes, which the seed never tries. */
    static final int MOST_PROXIES = 3;

    private static final LocalTime CONVOCATION_TIME = LocalTime.of(9, 0);
    private static final int REPRESENTED_PERCENT = 25;
    private static final Map<String, String> QUORUM_WORDS = Map.of("reached", "atteint", "not_reached",
            "non atteint", "not_required", "non requis pour une seconde assemblée");
    private static final Map<String, String> MAJORITY_WORDS = Map.of("absolute", "majorité absolue", "two_thirds",
            "deux tiers", "four_fifths", "quatre cinquièmes", "unanimity", "unanimité");

    /**
     * @param majorities the majority each agenda item's resolution needs, in agenda order, null for an item not
     *                   voted on
     */
    record Agenda(List<String> items, List<String> majorities) {
    }

    private final DataSet.Meeting meeting;
    private final Agenda agenda;
    private final Map<UUID, BigDecimal> coOwners;
    private final LocalDate today;
    private final Consumer<DataSet.Row> out;
    private final Draw draw;

    /** @param coOwners every co-owner of the building on the meeting's date, with the quotas they hold */
    Sitting(DataSet.Meeting meeting, Agenda agenda, Map<UUID, BigDecimal> coOwners, LocalDate today,
            Consumer<DataSet.Row> out) {
        this.meeting = meeting;
        this.agenda = agenda;
        this.coOwners = coOwners;
        this.today = today;
        this.out = out;
        this.draw = new Draw(meeting.id().getMostSignificantBits() ^ meeting.id().getLeastSignificantBits());
    }

    /** A meeting still to come, or cancelled: convened only when it comes and the convocation's day has passed. */
    void notHeld() {
        OffsetDateTime sent = convocation();
        boolean convened = meeting.status().equals("scheduled") && sent.toLocalDate().isBefore(today);
        out.accept(with(meeting, convened ? sent : null, null, null));
    }

    /**
     * A meeting held: now and then, when it may, short of its quorum.
     *
     * @param turnout       the co-owners expected, present or represented; more come until the quorum is reached,
     *                      unless the assembly falls short of it
     * @param quorumMayFail whether the assembly may fail its quorum: its second assembly is then held too
     */
    void held(int turnout, boolean quorumMayFail) {
        int all = coOwners.size();
        boolean shortOfQuorum = quorumMayFail && all >= 3 && draw.between(1, 100) <= SHORT_ATTENDANCE_PERCENT;
        hold(convocation(), null, shortOfQuorum ? Math.min(turnout, all / 2) : turnout, !shortOfQuorum);
    }

    private void hold(OffsetDateTime convocation, UUID firstAssemblyId, int turnout, boolean untilQuorum) {
        List<UUID> attending = shuffled(new ArrayList<>(coOwners.keySet()));
        BigDecimal allQuota = sum(attending);
        int coming = Math.max(1, Math.min(turnout, attending.size()));
        while (untilQuorum && coming < attending.size() && Ballot.quorum(coming, sum(attending.subList(0, coming)),
                coOwners.size(), allQuota).equals("not_reached")) {
            coming++;
        }
        attending = attending.subList(0, coming);
        BigDecimal presentQuota = sum(attending);
        String quorum = firstAssemblyId != null ? "not_required"
                : Ballot.quorum(coming, presentQuota, coOwners.size(), allQuota);
        OffsetDateTime openedAt = meeting.scheduledDate().plusMinutes(draw.between(5, 20));
        DataSet.Meeting opened = with(meeting, convocation, firstAssemblyId, new DataSet.Opening(openedAt, quorum,
                coOwners.size(), allQuota, coming, presentQuota));
        out.accept(opened);
        Map<UUID, DataSet.Attendance> attendance = attendance(attending);
        attendance.values().forEach(out);
        StringBuilder minutes = new StringBuilder(String.format("%s, %s. Présents ou représentés : %d copropriétaires"
                        + " sur %d, %s quotités sur %s. Quorum : %s.", meeting.title(), meeting.location(), coming,
                coOwners.size(), plain(presentQuota), plain(allQuota), QUORUM_WORDS.get(quorum)));
        OffsetDateTime closing = openedAt;
        if (quorum.equals("not_reached")) {
            minutes.append(" L'assemblée ne délibère pas : une seconde assemblée est convoquée.");
        } else {
            closing = resolutions(openedAt, attendance.values(), allQuota, minutes);
        }
        OffsetDateTime approvedAt = closing.plusMinutes(draw.between(10, 30));
        out.accept(new DataSet.Minutes(meeting.id(), minutes.toString(), approvedAt, approvedAt));
        if (quorum.equals("not_reached")) {
            secondAssembly();
        }
    }

    /** Called the day after the first, at least 15 days ahead; the same building, type and agenda. */
    private void secondAssembly() {
        OffsetDateTime convocation = meeting.scheduledDate().toLocalDate().plusDays(1).atTime(CONVOCATION_TIME)
                .atOffset(ZoneOffset.UTC);
        OffsetDateTime date = meeting.scheduledDate().plusDays(1L + draw.between(15, 30));
        DataSet.Meeting second = new DataSet.Meeting(draw.id(), meeting.organizationId(), meeting.buildingId(),
                meeting.meetingType(), meeting.title(), meeting.description(), date, meeting.location(), "completed",
                meeting.agenda(), null);
        int turnout = draw.between(1, Math.max(1, coOwners.size() / 2));
        new Sitting(second, agenda, coOwners, today, out).hold(convocation, meeting.id(), turnout, false);
    }

    /** Every co-owner's row: the first comers present in person, some of the others represented. */
    private Map<UUID, DataSet.Attendance> attendance(List<UUID> attending) {
        Map<UUID, DataSet.Attendance> rows = new LinkedHashMap<>();
        Map<String, Integer> proxies = new HashMap<>();
        List<UUID> inPerson = new ArrayList<>();
        String outsider = draw.pick(BelgianNames.FIRST_NAMES) + " " + draw.pick(BelgianNames.LAST_NAMES);
        for (UUID owner : attending) {
            boolean represented = draw.between(1, 100) <= REPRESENTED_PERCENT;
            UUID holder = draw.between(1, 10) <= 7 && !inPerson.isEmpty() ? draw.pick(inPerson) : null;
            String key = holder == null ? outsider : holder.toString();
            if (!represented || proxies.getOrDefault(key, 0) >= MOST_PROXIES) {
                inPerson.add(owner);
                rows.put(owner, row(owner, "present", null, null));
            } else {
                proxies.merge(key, 1, Integer::sum);
                rows.put(owner, row(owner, "represented", holder, holder == null ? outsider : null));
            }
        }
        for (UUID owner : coOwners.keySet()) {
            rows.putIfAbsent(owner, row(owner, "absent", null, null));
        }
        return rows;
    }

    private DataSet.Attendance row(UUID owner, String presence, UUID holderOwnerId, String holderName) {
        return new DataSet.Attendance(draw.id(), meeting.id(), owner, presence, holderOwnerId, holderName,
                coOwners.get(owner));
    }

    /** 2 to 4 of the agenda's items voted on, in its order, each by everyone present or represented. */
    private OffsetDateTime resolutions(OffsetDateTime openedAt, Iterable<DataSet.Attendance> attendance,
                                      BigDecimal allQuota, StringBuilder minutes) {
        List<Integer> voted = new ArrayList<>();
        for (int item = 0; item < agenda.majorities().size(); item++) {
            if (agenda.majorities().get(item) != null) {
                voted.add(item);
            }
        }
        int count = draw.between(Math.min(2, voted.size()), Math.min(4, voted.size()));
        OffsetDateTime at = openedAt;
        for (int item : voted) {
            // selection sampling: each item is kept with the odds of the places left
            if (draw.between(1, voted.size() - voted.indexOf(item)) > count) {
                continue;
            }
            count--;
            at = at.plusMinutes(draw.between(5, 25));
            at = resolution(item, at, attendance, allQuota, minutes);
        }
        return at;
    }

    private OffsetDateTime resolution(int item, OffsetDateTime createdAt, Iterable<DataSet.Attendance> attendance,
                                      BigDecimal allQuota, StringBuilder minutes) {
        UUID id = draw.id();
        String majority = agenda.majorities().get(item);
        int support = draw.between(55, 95);
        List<DataSet.Vote> votes = new ArrayList<>();
        Map<String, Ballot.Participant> participants = new LinkedHashMap<>();
        for (DataSet.Attendance row : attendance) {
            if (row.presence().equals("absent")) {
                continue;
            }
            int roll = draw.between(1, 100);
            String choice = roll <= support ? "for" : roll <= support + (100 - support) * 2 / 3 ? "against"
                    : "abstention";
            votes.add(new DataSet.Vote(draw.id(), id, row.ownerId(), choice));
            participants.merge(participant(row), new Ballot.Participant(row.quota(), Ballot.of(choice, row.quota())),
                    (a, b) -> new Ballot.Participant(a.weight().add(b.weight()), Ballot.plus(a.cast(), b.cast())));
        }
        Ballot.Outcome outcome = Ballot.count(List.copyOf(participants.values()), majority, allQuota);
        String status = outcome.adopted() ? "adopted" : "rejected";
        OffsetDateTime closedAt = createdAt.plusMinutes(draw.between(2, 10));
        String title = agenda.items().get(item);
        out.accept(new DataSet.Resolution(id, meeting.id(), item, title, majority, status, outcome.raw(),
                outcome.counted(), closedAt, createdAt));
        votes.forEach(out);
        minutes.append(String.format(" %s (%s) : %s, pour %s, contre %s, abstentions %s.", title,
                MAJORITY_WORDS.get(majority), status.equals("adopted") ? "adoptée" : "rejetée",
                plain(outcome.counted().votesFor()), plain(outcome.counted().against()),
                plain(outcome.counted().abstentions())));
        return closedAt;
    }

    /** Who carries a co-owner's votes: themselves, or their proxy holder (outsiders by name). */
    private static String participant(DataSet.Attendance row) {
        return row.presence().equals("present") ? row.ownerId().toString()
                : row.proxyHolderOwnerId() != null ? row.proxyHolderOwnerId().toString()
                : "name:" + row.proxyHolderName();
    }

    private OffsetDateTime convocation() {
        return meeting.scheduledDate().toLocalDate().minusDays(draw.between(20, 40)).atTime(CONVOCATION_TIME)
                .atOffset(ZoneOffset.UTC);
    }

    private List<UUID> shuffled(List<UUID> owners) {
        for (int i = owners.size() - 1; i > 0; i--) {
            owners.set(i, owners.set(draw.between(0, i), owners.get(i)));
        }
        return owners;
    }

    private BigDecimal sum(List<UUID> owners) {
        return owners.stream().map(coOwners::get).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static DataSet.Meeting with(DataSet.Meeting meeting, OffsetDateTime convocation, UUID firstAssemblyId,
                                        DataSet.Opening opening) {
        return new DataSet.Meeting(meeting.id(), meeting.organizationId(), meeting.buildingId(),
                meeting.meetingType(), meeting.title(), meeting.description(), meeting.scheduledDate(),
                meeting.location(), meeting.status(), meeting.agenda(),
                opening == null ? meeting.attendeesCount() : Integer.valueOf(opening.presentCount()), convocation,
                firstAssemblyId, opening);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
