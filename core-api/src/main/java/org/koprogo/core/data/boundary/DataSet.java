package org.koprogo.core.data.boundary;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Organizations' data as modules hand it to each other: a list per kind of row, each record one row of the module
 * that owns its kind, with its values in database form (lower-case enum values, shares as fractions, password
 * hashes). A data-exchange format, like {@code PropertyDirectory}'s refs, not an API resource: module-seed builds
 * its worlds of it and every module writes its own kinds ({@link DataOwner}). Rows refer to each other by id;
 * what a row refers to is in the same set or was written before it.
 */
public record DataSet(List<Organization> organizations, List<User> users, List<Building> buildings, List<Unit> units,
                      List<Owner> owners, List<Share> shares, List<Expense> expenses, List<Meeting> meetings,
                      List<Attendance> attendances, List<Resolution> resolutions, List<Vote> votes,
                      List<Minutes> minutes, List<Document> documents) {

    /** A row of any kind, as a producer emits them one after the other. */
    public sealed interface Row permits Organization, User, Building, Unit, Owner, Share, Expense, Meeting,
            Attendance, Resolution, Vote, Minutes, Document {
        UUID id();
    }

    public record Organization(UUID id, String name, String slug, String contactEmail, String contactPhone,
                               String subscriptionPlan, int maxBuildings, int maxUsers, boolean seedData)
            implements Row {
    }

    public record User(UUID id, UUID organizationId, String email, String passwordHash, String firstName,
                       String lastName, String role) implements Row {
    }

    public record Building(UUID id, UUID organizationId, String name, String address, String city, String postalCode,
                           String country, int totalUnits, int totalTantiemes, int constructionYear) implements Row {
    }

    public record Unit(UUID id, UUID organizationId, UUID buildingId, String unitNumber, String unitType, int floor,
                       BigDecimal surfaceArea, BigDecimal quota) implements Row {
    }

    public record Owner(UUID id, UUID organizationId, String firstName, String lastName, String email, String phone,
                        String address, String city, String postalCode, String country, UUID userId) implements Row {
    }

    /** A unit held by an owner: {@code fraction} in (0, 1]. */
    public record Share(UUID id, UUID organizationId, UUID unitId, UUID buildingId, UUID ownerId, BigDecimal fraction,
                        boolean primaryContact, OffsetDateTime startDate) implements Row {
    }

    /** The workflow's fields as the expenses module sets them at each step (null until the step is taken). */
    public record Expense(UUID id, UUID organizationId, UUID buildingId, String category, String description,
                          BigDecimal amount, OffsetDateTime expenseDate, String supplier, String invoiceNumber,
                          String accountCode, String approvalStatus, OffsetDateTime submittedAt, UUID approvedBy,
                          OffsetDateTime approvedAt, String rejectionReason, String paymentStatus,
                          OffsetDateTime paidDate) implements Row {
    }

    /**
     * A general assembly of a building's co-owners at a step of its life: {@code attendeesCount} once completed,
     * null before or when cancelled; {@code agenda} its items in order; {@code convocationSentAt} once convened;
     * {@code firstAssemblyId} the assembly whose failed quorum called this one; {@code opening} null until opened.
     */
    public record Meeting(UUID id, UUID organizationId, UUID buildingId, String meetingType, String title,
                          String description, OffsetDateTime scheduledDate, String location, String status,
                          List<String> agenda, Integer attendeesCount, OffsetDateTime convocationSentAt,
                          UUID firstAssemblyId, Opening opening) implements Row {

        public Meeting {
            agenda = List.copyOf(agenda);
        }

        /** A meeting neither convened nor opened, as KoproGo's own data has them. */
        public Meeting(UUID id, UUID organizationId, UUID buildingId, String meetingType, String title,
                       String description, OffsetDateTime scheduledDate, String location, String status,
                       List<String> agenda, Integer attendeesCount) {
            this(id, organizationId, buildingId, meetingType, title, description, scheduledDate, location, status,
                    agenda, attendeesCount, null, null, null);
        }
    }

    /**
     * The quorum of an assembly as taken at its opening ({@code reached}, {@code not_reached} or
     * {@code not_required}), with the figures it was taken on: every co-owner of the building on the meeting date,
     * and those present or represented.
     */
    public record Opening(OffsetDateTime openedAt, String quorum, int coOwnersCount, BigDecimal coOwnersQuota,
                          int presentCount, BigDecimal presentQuota) {
    }

    /**
     * One co-owner's presence at an opened assembly ({@code absent}, {@code present} or {@code represented}, then
     * by a co-owner or a named outsider), with the quotas they hold in the building on its date.
     */
    public record Attendance(UUID id, UUID meetingId, UUID ownerId, String presence, UUID proxyHolderOwnerId,
                             String proxyHolderName, BigDecimal quota) implements Row {
    }

    /**
     * A decision put to an assembly's vote on one item of its agenda (its index): {@code status} {@code open},
     * {@code adopted} or {@code rejected}; once closed, the votes as cast and as counted after the cap.
     */
    public record Resolution(UUID id, UUID meetingId, int agendaItem, String title, String majority, String status,
                             Votes cast, Votes counted, OffsetDateTime closedAt, OffsetDateTime createdAt)
            implements Row {
    }

    /** Votes by choice, in quotas. */
    public record Votes(BigDecimal votesFor, BigDecimal against, BigDecimal abstentions) {
    }

    /** A co-owner's vote on a resolution: {@code for}, {@code against} or {@code abstention}. */
    public record Vote(UUID id, UUID resolutionId, UUID ownerId, String choice) implements Row {
    }

    /** An assembly's minutes, one per meeting: {@code approvedAt} null while a draft. */
    public record Minutes(UUID meetingId, String text, OffsetDateTime approvedAt, OffsetDateTime updatedAt)
            implements Row {

        /** The meeting's id, the minutes' own. */
        @Override
        public UUID id() {
            return meetingId;
        }
    }

    /**
     * A file of a building with its bytes (small ones: a data set is held whole in memory), perhaps linked to a
     * meeting or an expense of the building; {@code documentType} in database form ({@code meeting_minutes}...).
     */
    public record Document(UUID id, UUID organizationId, UUID buildingId, String documentType, String title,
                           String description, String fileName, String mimeType, byte[] content, UUID uploadedBy,
                           UUID meetingId, UUID expenseId, OffsetDateTime createdAt) implements Row {

        public Document {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    public DataSet {
        organizations = List.copyOf(organizations);
        users = List.copyOf(users);
        buildings = List.copyOf(buildings);
        units = List.copyOf(units);
        owners = List.copyOf(owners);
        shares = List.copyOf(shares);
        expenses = List.copyOf(expenses);
        meetings = List.copyOf(meetings);
        attendances = List.copyOf(attendances);
        resolutions = List.copyOf(resolutions);
        votes = List.copyOf(votes);
        minutes = List.copyOf(minutes);
        documents = List.copyOf(documents);
    }

    /** The rows sorted by kind, each kind in the order given. */
    public static DataSet of(Collection<? extends Row> rows) {
        Map<Class<?>, List<Row>> byKind = rows.stream().collect(Collectors.groupingBy(Object::getClass));
        return new DataSet(kind(byKind, Organization.class), kind(byKind, User.class), kind(byKind, Building.class),
                kind(byKind, Unit.class), kind(byKind, Owner.class), kind(byKind, Share.class),
                kind(byKind, Expense.class), kind(byKind, Meeting.class), kind(byKind, Attendance.class),
                kind(byKind, Resolution.class), kind(byKind, Vote.class), kind(byKind, Minutes.class),
                kind(byKind, Document.class));
    }

    private static <R extends Row> List<R> kind(Map<Class<?>, List<Row>> byKind, Class<R> type) {
        return byKind.getOrDefault(type, List.of()).stream().map(type::cast).toList();
    }

    /** Rows of every kind. */
    public long size() {
        return organizations.size() + users.size() + buildings.size() + units.size() + owners.size()
                + (long) shares.size() + expenses.size() + meetings.size() + attendances.size() + resolutions.size()
                + votes.size() + minutes.size() + documents.size();
    }
}
