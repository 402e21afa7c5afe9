package org.koprogo.seed.world.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.koprogo.core.data.boundary.DataSet;
import org.koprogo.meetings.deliberation.entity.Attendance;
import org.koprogo.meetings.deliberation.entity.Choice;
import org.koprogo.meetings.deliberation.entity.Majority;
import org.koprogo.meetings.deliberation.entity.Presence;
import org.koprogo.meetings.deliberation.entity.ProxyHolder;
import org.koprogo.meetings.deliberation.entity.ProxyRules;
import org.koprogo.meetings.deliberation.entity.Tally;
import org.koprogo.meetings.deliberation.entity.VoteCount;
import org.koprogo.meetings.meeting.entity.AssemblyCalendar;
import org.koprogo.meetings.meeting.entity.Headcount;
import org.koprogo.meetings.meeting.entity.Quorum;

class WorldsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static List<DataSet.Row> rows(SeedKind kind, int scale, long seed) {
        return rows(kind, scale, seed, TODAY);
    }

    private static List<DataSet.Row> rows(SeedKind kind, int scale, long seed, LocalDate today) {
        List<DataSet.Row> rows = new ArrayList<>();
        kind.write(scale, seed, today, password -> "hash of " + password, rows::add);
        return rows;
    }

    private static <R extends DataSet.Row> List<R> of(List<DataSet.Row> rows, Class<R> type) {
        return rows.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void realisticWorldHasTheReferenceSizes() {
        List<DataSet.Row> rows = rows(SeedKind.REALISTIC, 1, 42);
        assertEquals(3, of(rows, DataSet.Organization.class).size());
        assertEquals(List.of("admin@small.be", "admin@medium.be", "admin@large.be"),
                of(rows, DataSet.User.class).stream().map(DataSet.User::email).toList());
        assertEquals(23, of(rows, DataSet.Building.class).size());
        assertEquals(190, of(rows, DataSet.Unit.class).size());
        assertEquals(126, of(rows, DataSet.Owner.class).size());
        List<DataSet.Expense> expenses = of(rows, DataSet.Expense.class);
        assertEquals(60, expenses.size());
        long approvedAndPaid = expenses.stream().filter(e -> paid(e) && e.approvalStatus().equals("approved")).count();
        assertTrue(approvedAndPaid >= 30 && approvedAndPaid <= 54, "about 70 % approved and paid: " + approvedAndPaid);
        assertTrue(expenses.stream().noneMatch(e -> paid(e) && !e.approvalStatus().equals("approved")));
        List<DataSet.Meeting> meetings = firstAssemblies(of(rows, DataSet.Meeting.class));
        assertEquals(102, meetings.size(), "4 ordinary a building, and 10 extraordinary with this seed");
        assertEquals(92, meetings.stream().filter(m -> m.meetingType().equals("ordinary")).count());
    }

    /** The meetings drawn before their deliberation was: first assemblies, in the order drawn. */
    private static List<DataSet.Meeting> firstAssemblies(List<DataSet.Meeting> meetings) {
        return meetings.stream().filter(m -> m.firstAssemblyId() == null).toList();
    }

    /** The rows drawn before assemblies had their deliberation keep the ids they had then. */
    @Test
    void realisticIdsStayAsTheyWere() {
        List<DataSet.Row> rows = rows(SeedKind.REALISTIC, 2, 42);
        List<DataSet.Meeting> meetings = firstAssemblies(of(rows, DataSet.Meeting.class));
        assertEquals(List.of(UUID.fromString("ed80c596-ff0d-4f60-8675-26ea711a343e"),
                UUID.fromString("d3376377-8264-4176-91b0-d43b613806ec")),
                List.of(meetings.get(0).id(), meetings.get(meetings.size() - 1).id()), "the first and last meetings");
        assertEquals(UUID.fromString("57e24383-e578-483d-884b-de5ad06783b5"),
                of(rows, DataSet.Share.class).get(of(rows, DataSet.Share.class).size() - 1).id());
    }

    @Test
    void quotasFillEachBuildingAndSharesEachUnit() {
        List<DataSet.Row> rows = rows(SeedKind.REALISTIC, 2, 7);
        Map<UUID, BigDecimal> quotas = of(rows, DataSet.Unit.class).stream().collect(Collectors.groupingBy(
                DataSet.Unit::buildingId, Collectors.reducing(BigDecimal.ZERO, DataSet.Unit::quota, BigDecimal::add)));
        assertEquals(46, quotas.size());
        quotas.values().forEach(sum -> assertEquals(0, sum.compareTo(BigDecimal.valueOf(1000)), sum.toString()));

        List<DataSet.Share> shares = of(rows, DataSet.Share.class);
        Map<UUID, BigDecimal> held = shares.stream().collect(Collectors.groupingBy(DataSet.Share::unitId,
                Collectors.reducing(BigDecimal.ZERO, DataSet.Share::fraction, BigDecimal::add)));
        assertEquals(380, held.size(), "every unit is held");
        held.values().forEach(sum -> assertEquals(0, sum.compareTo(BigDecimal.ONE), sum.toString()));
        Set<String> pairs = shares.stream().map(s -> s.unitId() + "/" + s.ownerId()).collect(Collectors.toSet());
        assertEquals(shares.size(), pairs.size(), "one share per owner and unit");
        Set<UUID> holders = shares.stream().map(DataSet.Share::ownerId).collect(Collectors.toSet());
        assertEquals(of(rows, DataSet.Owner.class).stream().map(DataSet.Owner::id).collect(Collectors.toSet()), holders,
                "every owner holds a unit");
        assertTrue(shares.size() > held.size(), "some units are co-owned");
    }

    @Test
    void namesAndNumbersStayUniqueAcrossCopies() {
        List<DataSet.Row> rows = rows(SeedKind.REALISTIC, 3, 1);
        List<String> emails = of(rows, DataSet.User.class).stream().map(DataSet.User::email).toList();
        assertEquals(9, new HashSet<>(emails).size());
        assertTrue(emails.contains("admin@large-3.be"));
        assertEquals(9, of(rows, DataSet.Organization.class).stream().map(DataSet.Organization::slug).distinct().count());
        Set<String> unitNumbers = of(rows, DataSet.Unit.class).stream().map(u -> u.buildingId() + "/" + u.unitNumber())
                .collect(Collectors.toSet());
        assertEquals(570, unitNumbers.size());
        Map<UUID, Long> ownerEmails = of(rows, DataSet.Owner.class).stream()
                .collect(Collectors.groupingBy(DataSet.Owner::organizationId, Collectors.counting()));
        ownerEmails.forEach((organization, count) -> assertEquals(count, of(rows, DataSet.Owner.class).stream()
                .filter(o -> o.organizationId().equals(organization)).map(DataSet.Owner::email).distinct().count()));
        // minutes are their meeting's, under its id
        List<DataSet.Row> own = rows.stream().filter(row -> !(row instanceof DataSet.Minutes)).toList();
        assertEquals(own.size(), own.stream().map(DataSet.Row::id).distinct().count(), "ids are unique");
    }

    @Test
    void theSameSeedGivesTheSameWorld() {
        assertEquals(rows(SeedKind.REALISTIC, 2, 42), rows(SeedKind.REALISTIC, 2, 42));
        assertNotEquals(rows(SeedKind.REALISTIC, 1, 42), rows(SeedKind.REALISTIC, 1, 43));
        // copy 1 does not depend on how many copies follow
        assertEquals(rows(SeedKind.REALISTIC, 1, 42), rows(SeedKind.REALISTIC, 2, 42).subList(0,
                rows(SeedKind.REALISTIC, 1, 42).size()));
    }

    @Test
    void demoWorldHoldsKoproGosAccountsAndShares() {
        List<DataSet.Row> rows = rows(SeedKind.DEMO, 1, 42);
        assertEquals(3, of(rows, DataSet.Organization.class).size());
        assertTrue(of(rows, DataSet.User.class).stream().anyMatch(u -> u.email().equals("syndic@grandplace.be")
                && u.passwordHash().equals("hash of syndic123") && u.role().equals("syndic")));
        assertTrue(of(rows, DataSet.User.class).stream().anyMatch(u -> u.email().equals("comptable@grandplace.be")
                && u.role().equals("accountant")));
        assertEquals(2, of(rows, DataSet.User.class).stream().filter(u -> u.role().equals("owner")).count());
        assertEquals(2, of(rows, DataSet.Owner.class).stream().filter(o -> o.userId() != null).count());
        assertEquals(4, of(rows, DataSet.Unit.class).size());
        assertEquals(4, of(rows, DataSet.Expense.class).size());
        Map<UUID, List<String>> splits = of(rows, DataSet.Share.class).stream().collect(Collectors.groupingBy(
                DataSet.Share::unitId, Collectors.mapping(s -> s.fraction().stripTrailingZeros().toPlainString(),
                        Collectors.toList())));
        assertEquals(Set.of(List.of("1"), List.of("0.6", "0.4"), List.of("0.5", "0.3", "0.2")),
                new HashSet<>(splits.values()));
    }

    /** KoproGo's three demo meetings, drawn after every other row: the ids clients and scripts know stay. */
    @Test
    void demoWorldHoldsKoproGosMeetingsAndKeepsItsIds() {
        List<DataSet.Row> rows = rows(SeedKind.DEMO, 1, 42);
        Map<UUID, String> buildings = of(rows, DataSet.Building.class).stream()
                .collect(Collectors.toMap(DataSet.Building::id, DataSet.Building::name));
        assertEquals("Résidence Grand Place",
                buildings.get(UUID.fromString("d59a755e-9b15-4391-a027-97a0465c46a7")));
        assertEquals("Les Jardins d'Ixelles",
                buildings.get(UUID.fromString("9ee7b37f-836d-4745-87d6-b702c293e8f3")));
        assertTrue(of(rows, DataSet.User.class).contains(new DataSet.User(
                UUID.fromString("d776e814-3397-46da-87f8-ceabcf546204"),
                UUID.fromString("d74a851a-0bf9-4729-be55-2247d61dff92"), "syndic@grandplace.be", "hash of syndic123",
                "Jean", "Dupont", "syndic")));
        assertEquals(List.of("Pierre", "Sophie", "Michel"), List.of("d21a70ce-f744-40e4-9900-b7913e569d2b",
                "c2b301e1-df9a-4597-89e8-20eadefc6964", "b61c3b3e-625d-4e90-a283-7197c6646790").stream()
                .map(id -> of(rows, DataSet.Owner.class).stream().filter(o -> o.id().equals(UUID.fromString(id)))
                        .findFirst().orElseThrow().firstName()).toList());

        List<DataSet.Meeting> meetings = of(rows, DataSet.Meeting.class);
        assertEquals(List.of("Résidence Grand Place/ordinary/Assemblée Générale Ordinaire 2025/2025-03-15T10:00Z",
                "Les Jardins d'Ixelles/extraordinary/Assemblée Générale Extraordinaire - Travaux/2025-04-20T10:00Z",
                "Résidence Européenne/ordinary/AG Annuelle 2025/2025-05-10T10:00Z"), meetings.stream()
                .map(m -> buildings.get(m.buildingId()) + "/" + m.meetingType() + "/" + m.title() + "/"
                        + m.scheduledDate()).toList());
        Map<UUID, UUID> organizationOf = of(rows, DataSet.Building.class).stream()
                .collect(Collectors.toMap(DataSet.Building::id, DataSet.Building::organizationId));
        for (DataSet.Meeting meeting : meetings) {
            assertEquals(organizationOf.get(meeting.buildingId()), meeting.organizationId());
            assertEquals(List.of("scheduled", "Assemblée générale annuelle", "Salle polyvalente"),
                    List.of(meeting.status(), meeting.description(), meeting.location()));
            assertEquals(List.of("Approbation des comptes", "Travaux à prévoir", "Questions diverses"),
                    meeting.agenda());
            assertEquals(null, meeting.attendeesCount());
        }
        assertEquals(rows.size() - 6, rows.indexOf(meetings.get(0)), "the meetings come last but the documents");
    }

    /** The minutes of Grand Place's two meetings and the invoice of its lift repair, as PDFs, drawn last. */
    @Test
    void demoWorldHoldsTheMinutesOfItsMeetingsAndAnInvoice() {
        List<DataSet.Row> rows = rows(SeedKind.DEMO, 1, 42);
        List<DataSet.Meeting> meetings = of(rows, DataSet.Meeting.class);
        DataSet.Expense lift = of(rows, DataSet.Expense.class).stream()
                .filter(e -> e.invoiceNumber().equals("ASC-2025-023")).findFirst().orElseThrow();
        List<DataSet.Document> documents = of(rows, DataSet.Document.class);
        assertEquals(List.of("meeting_minutes/" + meetings.get(0).id() + "/null",
                "meeting_minutes/" + meetings.get(1).id() + "/null", "invoice/null/" + lift.id()),
                documents.stream().map(d -> d.documentType() + "/" + d.meetingId() + "/" + d.expenseId()).toList());
        assertEquals(rows.size() - 3, rows.indexOf(documents.get(0)), "the documents come last");
        assertEquals(List.of(meetings.get(0).buildingId(), meetings.get(1).buildingId(), lift.buildingId()),
                documents.stream().map(DataSet.Document::buildingId).toList());
        for (DataSet.Document document : documents) {
            String pdf = new String(document.content(), StandardCharsets.ISO_8859_1);
            assertTrue(pdf.startsWith("%PDF-1.4\n") && pdf.endsWith("%%EOF\n"), pdf);
            assertTrue(document.content().length < 1024, "a few hundred bytes");
            assertEquals("application/pdf", document.mimeType());
        }
        assertEquals(3, documents.stream().map(d -> new String(d.content(), StandardCharsets.ISO_8859_1))
                .distinct().count(), "three different files");
    }

    /** The cross-reference table points at each object: a reader finds them without repairing the file. */
    @Test
    void onePagePdfsCrossReferenceTheirObjects() {
        String pdf = new String(OnePagePdf.of("Facture (ASC) é"), StandardCharsets.ISO_8859_1);
        int xref = Integer.parseInt(pdf.substring(pdf.indexOf("startxref\n") + 10, pdf.indexOf("\n%%EOF")));
        assertTrue(pdf.startsWith("xref\n0 6\n", xref), pdf);
        String[] entries = pdf.substring(xref).split("\n");
        for (int object = 1; object <= 5; object++) {
            int offset = Integer.parseInt(entries[2 + object].substring(0, 10));
            assertTrue(pdf.startsWith(object + " 0 obj\n", offset), "object " + object);
        }
        assertTrue(pdf.contains("(Facture \\(ASC\\) \u00e9) Tj"), pdf);
    }

    /**
     * Every building's ordinary assemblies of the last three years held, the next one scheduled, in one yearly
     * fortnight; some extraordinary ones; attendance only once held and never above the building's co-owners.
     */
    @Test
    void realisticBuildingsHoldTheirYearlyAssemblies() {
        List<DataSet.Row> rows = rows(SeedKind.REALISTIC, 1, 42);
        OffsetDateTime now = TODAY.atStartOfDay().atOffset(ZoneOffset.UTC);
        Map<UUID, Long> coOwners = of(rows, DataSet.Share.class).stream().collect(Collectors.groupingBy(
                DataSet.Share::buildingId, Collectors.mapping(DataSet.Share::ownerId,
                        Collectors.collectingAndThen(Collectors.toSet(), owners -> (long) owners.size()))));
        Map<UUID, List<DataSet.Meeting>> byBuilding = firstAssemblies(of(rows, DataSet.Meeting.class)).stream()
                .collect(Collectors.groupingBy(DataSet.Meeting::buildingId));
        assertEquals(23, byBuilding.size(), "every building has its meetings");
        byBuilding.forEach((building, meetings) -> {
            List<DataSet.Meeting> ordinary = meetings.stream().filter(m -> m.meetingType().equals("ordinary"))
                    .toList();
            assertEquals(List.of("completed", "completed", "completed", "scheduled"),
                    ordinary.stream().map(DataSet.Meeting::status).toList());
            assertTrue(ordinary.get(2).scheduledDate().isBefore(now) && ordinary.get(3).scheduledDate().isAfter(now),
                    ordinary.toString());
            for (int year = 1; year < ordinary.size(); year++) {
                assertEquals(ordinary.get(year - 1).scheduledDate().plusYears(1), ordinary.get(year).scheduledDate());
            }
            assertTrue(meetings.size() - ordinary.size() <= 1, "at most one extraordinary meeting a building");
            for (DataSet.Meeting meeting : meetings) {
                assertEquals(meeting.status().equals("completed"), meeting.attendeesCount() != null,
                        meeting.toString());
                assertTrue(meeting.attendeesCount() == null
                        || meeting.attendeesCount() >= 1 && meeting.attendeesCount() <= coOwners.get(building),
                        meeting + " of " + coOwners.get(building) + " co-owners");
                assertEquals(meeting.status().equals("scheduled"), meeting.scheduledDate().isAfter(now),
                        meeting.toString());
                assertTrue(meeting.agenda().size() >= 3 && !meeting.title().isBlank()
                        && !meeting.location().isBlank(), meeting.toString());
            }
        });
        Map<String, Long> extraordinary = firstAssemblies(of(rows, DataSet.Meeting.class)).stream()
                .filter(m -> m.meetingType().equals("extraordinary"))
                .collect(Collectors.groupingBy(DataSet.Meeting::status, Collectors.counting()));
        assertEquals(Set.of("scheduled", "completed", "cancelled"), extraordinary.keySet(), extraordinary.toString());
    }

    /**
     * Planted another day, the world is the same but for its meetings' dates (and the years in their titles and
     * agendas), moved with the day: the same meetings, attendance, votes and outcomes.
     */
    @Test
    void theDayOfPlantingMovesOnlyTheMeetingsDates() {
        List<DataSet.Row> today = rows(SeedKind.REALISTIC, 1, 42);
        List<DataSet.Row> later = rows(SeedKind.REALISTIC, 1, 42, TODAY.plusDays(200));
        assertEquals(today.stream().filter(WorldsTest::undated).toList(),
                later.stream().filter(WorldsTest::undated).toList());
        assertEquals(of(today, DataSet.Meeting.class).stream().map(m -> m.id() + " " + m.status()).toList(),
                of(later, DataSet.Meeting.class).stream().map(m -> m.id() + " " + m.status()).toList());
        assertEquals(of(today, DataSet.Resolution.class).stream().map(r -> r.id() + " " + r.status()).toList(),
                of(later, DataSet.Resolution.class).stream().map(r -> r.id() + " " + r.status()).toList());
        assertEquals(of(today, DataSet.Minutes.class).stream().map(DataSet.Minutes::id).toList(),
                of(later, DataSet.Minutes.class).stream().map(DataSet.Minutes::id).toList());
        assertNotEquals(of(today, DataSet.Meeting.class).stream().map(DataSet.Meeting::scheduledDate).toList(),
                of(later, DataSet.Meeting.class).stream().map(DataSet.Meeting::scheduledDate).toList());
    }

    /**
     * Every assembly held as the platform's own rules would have it (module-meetings' Quorum, ProxyRules,
     * VoteCount and Majority): convened in time, the attendance of every co-owner with the quotas the shares give
     * on its date, the quorum taken on those figures, proxies within the limits, the resolutions' tallies and
     * outcomes, minutes approved; a failed quorum followed by a second assembly. Nothing before it is held.
     */
    @Test
    void realisticAssembliesDeliberateAsTheLawCounts() {
        List<DataSet.Row> rows = rows(SeedKind.REALISTIC, 2, 7);
        Map<UUID, List<DataSet.Attendance>> attendance = of(rows, DataSet.Attendance.class).stream()
                .collect(Collectors.groupingBy(DataSet.Attendance::meetingId));
        Map<UUID, List<DataSet.Resolution>> resolutions = of(rows, DataSet.Resolution.class).stream()
                .collect(Collectors.groupingBy(DataSet.Resolution::meetingId));
        Map<UUID, List<DataSet.Vote>> votes = of(rows, DataSet.Vote.class).stream()
                .collect(Collectors.groupingBy(DataSet.Vote::resolutionId));
        Map<UUID, DataSet.Minutes> minutes = of(rows, DataSet.Minutes.class).stream()
                .collect(Collectors.toMap(DataSet.Minutes::meetingId, m -> m));
        Map<UUID, Map<UUID, BigDecimal>> quotas = quotasByBuilding(rows);
        List<DataSet.Meeting> meetings = of(rows, DataSet.Meeting.class);
        OffsetDateTime firstMeeting = meetings.stream().map(DataSet.Meeting::scheduledDate)
                .min(OffsetDateTime::compareTo).orElseThrow();
        assertTrue(of(rows, DataSet.Share.class).stream().allMatch(s -> s.startDate().isBefore(firstMeeting)),
                "the co-owners of every meeting's date are those of today");
        Set<String> seen = new HashSet<>();
        for (DataSet.Meeting meeting : meetings) {
            String about = meeting.title() + " " + meeting.id();
            if (meeting.convocationSentAt() != null) {
                assertTrue(AssemblyCalendar.delayKept(meeting.convocationSentAt(), meeting.scheduledDate())
                        && meeting.convocationSentAt().toLocalDate().isBefore(TODAY), about);
            }
            if (!meeting.status().equals("completed")) {
                assertEquals(List.of(), List.of(attendance.getOrDefault(meeting.id(), List.of()),
                        resolutions.getOrDefault(meeting.id(), List.of())).stream().flatMap(List::stream).toList());
                assertTrue(meeting.opening() == null && !minutes.containsKey(meeting.id()), about);
                assertTrue(meeting.status().equals("scheduled") || meeting.convocationSentAt() == null, about);
                continue;
            }
            DataSet.Opening opening = meeting.opening();
            assertTrue(meeting.convocationSentAt() != null && opening != null, about);
            List<Attendance> sheet = attendance.get(meeting.id()).stream().map(WorldsTest::entity).toList();
            assertEquals(quotas.get(meeting.buildingId()), attendance.get(meeting.id()).stream()
                    .collect(Collectors.toMap(DataSet.Attendance::ownerId, DataSet.Attendance::quota)), about);
            Headcount all = sheet.stream().map(Attendance::getQuota).reduce(Headcount.NONE, Headcount::plus,
                    (a, b) -> a);
            Headcount present = sheet.stream().filter(Attendance::isPresentOrRepresented).map(Attendance::getQuota)
                    .reduce(Headcount.NONE, Headcount::plus, (a, b) -> a);
            assertEquals(List.of(all.coOwners(), 0, present.coOwners(), 0, present.coOwners()),
                    List.of(opening.coOwnersCount(), all.quota().compareTo(opening.coOwnersQuota()),
                            opening.presentCount(), present.quota().compareTo(opening.presentQuota()),
                            meeting.attendeesCount()), about);
            Quorum quorum = meeting.firstAssemblyId() == null ? Quorum.of(present, all) : Quorum.NOT_REQUIRED;
            assertEquals(quorum.toString(), opening.quorum(), about);
            seen.add("quorum " + opening.quorum());
            assertProxiesWithinTheLimits(sheet, all.quota(), about);
            sheet.stream().filter(a -> a.getPresence() == Presence.REPRESENTED)
                    .forEach(a -> seen.add(a.proxyHolder().isCoOwner() ? "co-owner proxy" : "outsider proxy"));
            DataSet.Minutes approved = minutes.get(meeting.id());
            assertTrue(approved != null && approved.approvedAt().isAfter(opening.openedAt())
                    && opening.openedAt().isAfter(meeting.convocationSentAt()), about);
            List<DataSet.Resolution> voted = resolutions.getOrDefault(meeting.id(), List.of());
            if (!quorum.allowsDeliberation()) {
                assertEquals(List.of(), voted, "a failed assembly does not deliberate: " + about);
                DataSet.Meeting second = meetings.stream().filter(m -> meeting.id().equals(m.firstAssemblyId()))
                        .findFirst().orElseThrow();
                assertTrue(AssemblyCalendar.delayKept(meeting.scheduledDate(), second.scheduledDate())
                        && second.status().equals("completed") && second.agenda().equals(meeting.agenda()), about);
                continue;
            }
            int votable = meeting.agenda().size() - 1;
            assertTrue(voted.size() >= Math.min(2, votable) && voted.size() <= Math.min(4, votable), about);
            assertEquals(voted.size(), voted.stream().map(DataSet.Resolution::agendaItem).distinct().count());
            for (DataSet.Resolution resolution : voted) {
                assertEquals(meeting.agenda().get(resolution.agendaItem()), resolution.title());
                Map<UUID, Choice> choices = votes.get(resolution.id()).stream().collect(Collectors.toMap(
                        DataSet.Vote::ownerId, v -> Choice.valueOf(v.choice().toUpperCase(Locale.ROOT))));
                assertEquals(present.coOwners(), choices.size(), "everyone present or represented votes");
                VoteCount.Outcome outcome = VoteCount.of(VoteCount.participants(sheet, choices),
                        Majority.valueOf(resolution.majority().toUpperCase(Locale.ROOT)), all.quota());
                assertEquals(outcome.adopted() ? "adopted" : "rejected", resolution.status(), resolution.toString());
                assertSameVotes(outcome.raw(), resolution.cast());
                assertSameVotes(outcome.counted(), resolution.counted());
                assertTrue(resolution.closedAt().isAfter(resolution.createdAt())
                        && approved.approvedAt().isAfter(resolution.closedAt()), resolution.toString());
                seen.add(resolution.status());
                seen.add(outcome.raw().equals(outcome.counted()) ? "uncapped" : "capped");
            }
        }
        assertEquals(Set.of("quorum reached", "quorum not_reached", "quorum not_required", "co-owner proxy",
                "outsider proxy", "adopted", "rejected", "uncapped", "capped"), seen);
    }

    /** Σ(unit quota × share fraction) by building and owner, as module-owners' CoOwners.on gives them. */
    private static Map<UUID, Map<UUID, BigDecimal>> quotasByBuilding(List<DataSet.Row> rows) {
        Map<UUID, BigDecimal> unitQuotas = of(rows, DataSet.Unit.class).stream()
                .collect(Collectors.toMap(DataSet.Unit::id, DataSet.Unit::quota));
        Map<UUID, Map<UUID, BigDecimal>> quotas = new HashMap<>();
        for (DataSet.Share share : of(rows, DataSet.Share.class)) {
            quotas.computeIfAbsent(share.buildingId(), building -> new HashMap<>())
                    .merge(share.ownerId(), unitQuotas.get(share.unitId()).multiply(share.fraction()), BigDecimal::add);
        }
        return quotas;
    }

    /** Holders present in person when co-owners, never represented themselves, and allowed by ProxyRules. */
    private static void assertProxiesWithinTheLimits(List<Attendance> sheet, BigDecimal all, String about) {
        Map<UUID, Attendance> byOwner = sheet.stream().collect(Collectors.toMap(Attendance::getOwnerId, a -> a));
        Map<String, List<Attendance>> byHolder = sheet.stream().filter(a -> a.getPresence() == Presence.REPRESENTED)
                .collect(Collectors.groupingBy(Attendance::participantKey));
        byHolder.forEach((holder, principals) -> {
            ProxyHolder proxyHolder = principals.get(0).proxyHolder();
            BigDecimal own = BigDecimal.ZERO;
            if (proxyHolder.isCoOwner()) {
                Attendance holding = byOwner.get(proxyHolder.ownerId());
                assertEquals(Presence.PRESENT, holding.getPresence(), about);
                own = holding.getQuota();
            }
            ProxyRules.requireAllowed(false, own, principals.stream().map(Attendance::getQuota).toList(), all);
        });
    }

    private static Attendance entity(DataSet.Attendance row) {
        ProxyHolder holder = row.presence().equals("represented")
                ? new ProxyHolder(row.proxyHolderOwnerId(), row.proxyHolderName()) : null;
        return new Attendance(row.meetingId(), row.ownerId(), row.quota(),
                Presence.valueOf(row.presence().toUpperCase(Locale.ROOT)), holder);
    }

    private static void assertSameVotes(Tally expected, DataSet.Votes actual) {
        assertEquals(List.of(0, 0, 0), List.of(expected.votesFor().compareTo(actual.votesFor()),
                expected.against().compareTo(actual.against()),
                expected.abstentions().compareTo(actual.abstentions())), expected + " " + actual);
    }

    private static boolean undated(DataSet.Row row) {
        return !(row instanceof DataSet.Meeting || row instanceof DataSet.Resolution || row instanceof DataSet.Minutes);
    }

    /** {@link WorldWriter} writes a world in sets as it comes: a row's parents must have come before it. */
    @Test
    void everyRowComesAfterTheRowsItRefersTo() {
        for (SeedKind kind : SeedKind.values()) {
            Set<UUID> seen = new HashSet<>();
            for (DataSet.Row row : rows(kind, 2, 5)) {
                for (UUID parent : parents(row)) {
                    assertTrue(seen.contains(parent), kind + ": " + row + " comes before " + parent);
                }
                seen.add(row.id());
            }
        }
    }

    @Test
    void expensesCarryTheFieldsOfTheirWorkflowStep() {
        List<DataSet.Expense> expenses = new ArrayList<>(of(rows(SeedKind.REALISTIC, 3, 42), DataSet.Expense.class));
        expenses.addAll(of(rows(SeedKind.DEMO, 1, 42), DataSet.Expense.class));
        Set<String> steps = new HashSet<>();
        for (DataSet.Expense e : expenses) {
            String step = e.approvalStatus();
            steps.add(step);
            assertEquals(step.equals("draft"), e.submittedAt() == null, e.toString());
            assertEquals(step.equals("approved"), e.approvedBy() != null && e.approvedAt() != null, e.toString());
            assertEquals(step.equals("rejected"), e.rejectionReason() != null, e.toString());
            assertEquals(paid(e), e.paidDate() != null, e.toString());
            assertTrue(!paid(e) || step.equals("approved"), "paid once approved: " + e);
        }
        assertEquals(Set.of("draft", "pending_approval", "approved", "rejected"), steps);
    }

    private static List<UUID> parents(DataSet.Row row) {
        if (row instanceof DataSet.User u) {
            return List.of(u.organizationId());
        } else if (row instanceof DataSet.Building b) {
            return List.of(b.organizationId());
        } else if (row instanceof DataSet.Unit u) {
            return List.of(u.organizationId(), u.buildingId());
        } else if (row instanceof DataSet.Owner o) {
            return o.userId() == null ? List.of(o.organizationId()) : List.of(o.organizationId(), o.userId());
        } else if (row instanceof DataSet.Share s) {
            return List.of(s.organizationId(), s.unitId(), s.buildingId(), s.ownerId());
        } else if (row instanceof DataSet.Meeting m) {
            return m.firstAssemblyId() == null ? List.of(m.organizationId(), m.buildingId())
                    : List.of(m.organizationId(), m.buildingId(), m.firstAssemblyId());
        } else if (row instanceof DataSet.Attendance a) {
            return a.proxyHolderOwnerId() == null ? List.of(a.meetingId(), a.ownerId())
                    : List.of(a.meetingId(), a.ownerId(), a.proxyHolderOwnerId());
        } else if (row instanceof DataSet.Resolution r) {
            return List.of(r.meetingId());
        } else if (row instanceof DataSet.Vote v) {
            return List.of(v.resolutionId(), v.ownerId());
        } else if (row instanceof DataSet.Minutes m) {
            return List.of(m.meetingId());
        } else if (row instanceof DataSet.Expense e) {
            return e.approvedBy() == null ? List.of(e.organizationId(), e.buildingId())
                    : List.of(e.organizationId(), e.buildingId(), e.approvedBy());
        }
        return List.of();
    }

    private static boolean paid(DataSet.Expense expense) {
        return expense.paymentStatus().equals("paid");
    }
}
