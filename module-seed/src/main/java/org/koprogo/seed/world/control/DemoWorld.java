package org.koprogo.seed.world.control;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.koprogo.core.data.boundary.DataSet;

/**
 * KoproGo's demo world, with the accounts its users know: "Résidence Grand Place SPRL" (a syndic, an accountant,
 * two owners who can sign in, 2 buildings, 4 units held 100 %, 60/40 and 50/30/20, 4 expenses, 2 meetings, the
 * minutes of both and an invoice of an expense as PDF documents) and two smaller syndics, the first with a meeting.
 */
final class DemoWorld {

    private static final long SEED = 0xDE30L;
    private static final List<String> MEETING_AGENDA = List.of("Approbation des comptes", "Travaux à prévoir",
            "Questions diverses");

    private final Draw draw = new Draw(SEED);
    private final UnaryOperator<String> passwordHashes;
    private final Consumer<DataSet.Row> out;

    DemoWorld(UnaryOperator<String> passwordHashes, Consumer<DataSet.Row> out) {
        this.passwordHashes = passwordHashes;
        this.out = out;
    }

    void write() {
        UUID grandPlace = organization("Résidence Grand Place SPRL", "residence-grand-place", "contact@grandplace.be",
                "+32 2 501 23 45", "professional", 20, 50);
        UUID syndic = user(grandPlace, "syndic@grandplace.be", "syndic123", "Jean", "Dupont", "syndic");
        user(grandPlace, "comptable@grandplace.be", "comptable123", "Marie", "Martin", "accountant");
        UUID pierreUser = user(grandPlace, "proprietaire1@grandplace.be", "owner123", "Pierre", "Durand", "owner");
        UUID sophieUser = user(grandPlace, "proprietaire2@grandplace.be", "owner123", "Sophie", "Bernard", "owner");

        DataSet.Building grandPlaceBuilding = building(grandPlace, "Résidence Grand Place", "Grand Place 15",
                "Bruxelles", "1000", 15, 1995);
        DataSet.Building ixelles = building(grandPlace, "Les Jardins d'Ixelles", "Rue du Trône 85", "Bruxelles",
                "1050", 8, 2010);
        UUID pierre = owner(grandPlace, "Pierre", "Durand", "pierre.durand@email.be", "+32 476 12 34 56",
                "Avenue Louise 15", "Bruxelles", "1050", pierreUser);
        UUID sophie = owner(grandPlace, "Sophie", "Bernard", "sophie.bernard@email.be", "+32 495 98 76 54",
                "Rue Royale 28", "Bruxelles", "1000", sophieUser);
        UUID michel = owner(grandPlace, "Michel", "Lefebvre", "michel.lefebvre@email.be", "+32 477 11 22 33",
                "Boulevard d'Avroy 42", "Liège", "4000", null);

        DataSet.Unit u101 = unit(grandPlaceBuilding, "101", 1, "75.5", "250");
        DataSet.Unit u102 = unit(grandPlaceBuilding, "102", 1, "62", "200");
        DataSet.Unit u103 = unit(grandPlaceBuilding, "103", 1, "85", "300");
        DataSet.Unit u201 = unit(ixelles, "201", 2, "95", "350");
        share(u101, pierre, "1", true);
        share(u102, sophie, "0.6", true);
        share(u102, michel, "0.4", false);
        share(u103, pierre, "0.5", true);
        share(u103, sophie, "0.3", false);
        share(u103, michel, "0.2", false);
        share(u201, michel, "1", true);

        expense(grandPlaceBuilding, "administration", "Charges de copropriété Q1 2025 - eau, chauffage, entretien",
                "5000", "2025-01-15", "Syndic Services", "INV-2025-001", "613001", "pending_approval", null);
        DataSet.Expense lift = expense(grandPlaceBuilding, "maintenance", "Réparation ascenseur - ascenseur principal", "2500", "2025-02-10",
                "Ascenseurs Plus", "ASC-2025-023", "611002", "approved", syndic);
        expense(ixelles, "administration", "Charges de copropriété Q1 2025 - charges trimestrielles", "3000",
                "2025-01-15", "Syndic Services", "INV-2025-002", "613001", "draft", null);
        expense(ixelles, "cleaning", "Nettoyage des parties communes - contrat annuel", "1200", "2025-01-01",
                "CleanPro", "CLN-2025-156", "611005", "approved", syndic);

        UUID bruxelles = organization("Copropriété Bruxelles SPRL", "copro-bruxelles", "info@copro-bruxelles.be",
                "+32 2 123 45 67", "starter", 5, 10);
        user(bruxelles, "syndic@copro-bruxelles.be", "syndic123", "Marc", "Dubois", "syndic");
        DataSet.Building europeenne = building(bruxelles, "Résidence Européenne", "Avenue Louise 123", "Bruxelles",
                "1050", 12, 2005);

        UUID liege = organization("Syndic Liège SA", "syndic-liege", "contact@syndic-liege.be", "+32 4 222 33 44",
                "enterprise", 50, 100);
        user(liege, "syndic@syndic-liege.be", "syndic123", "Luc", "Renard", "syndic");
        building(liege, "Résidence Outremeuse", "Quai de l'Ourthe 12", "Liège", "4020", 20, 1978);

        // drawn last, so that every row before keeps the id it had before meetings were seeded
        DataSet.Meeting ordinary = meeting(grandPlaceBuilding, "ordinary", "Assemblée Générale Ordinaire 2025",
                "2025-03-15");
        DataSet.Meeting extraordinary = meeting(ixelles, "extraordinary",
                "Assemblée Générale Extraordinaire - Travaux", "2025-04-20");
        meeting(europeenne, "ordinary", "AG Annuelle 2025", "2025-05-10");

        // drawn after the meetings, for the same reason
        minutes(ordinary, syndic, "pv-ago-2025.pdf");
        minutes(extraordinary, syndic, "pv-age-travaux-2025.pdf");
        document(lift.buildingId(), lift.organizationId(), "invoice", "Facture " + lift.invoiceNumber(),
                lift.description(), "facture-" + lift.invoiceNumber().toLowerCase(Locale.ROOT) + ".pdf",
                lift.supplier() + " - facture " + lift.invoiceNumber() + " - " + lift.amount() + " EUR", syndic,
                null, lift.id(), lift.expenseDate());
    }

    private UUID organization(String name, String slug, String email, String phone, String plan, int maxBuildings,
                              int maxUsers) {
        UUID id = draw.id();
        out.accept(new DataSet.Organization(id, name, slug, email, phone, plan, maxBuildings, maxUsers, true));
        return id;
    }

    private UUID user(UUID organization, String email, String password, String first, String last, String role) {
        UUID id = draw.id();
        out.accept(new DataSet.User(id, organization, email, passwordHashes.apply(password), first, last, role));
        return id;
    }

    private DataSet.Building building(UUID organization, String name, String address, String city, String postalCode,
                                  int totalUnits, int year) {
        DataSet.Building building = new DataSet.Building(draw.id(), organization, name, address, city, postalCode,
                BelgianNames.COUNTRY, totalUnits, 1000, year);
        out.accept(building);
        return building;
    }

    private UUID owner(UUID organization, String first, String last, String email, String phone, String address,
                       String city, String postalCode, UUID user) {
        UUID id = draw.id();
        out.accept(new DataSet.Owner(id, organization, first, last, email, phone, address, city, postalCode,
                BelgianNames.COUNTRY, user));
        return id;
    }

    private DataSet.Unit unit(DataSet.Building building, String number, int floor, String surface, String quota) {
        DataSet.Unit unit = new DataSet.Unit(draw.id(), building.organizationId(), building.id(), number, "apartment",
                floor, new BigDecimal(surface), new BigDecimal(quota));
        out.accept(unit);
        return unit;
    }

    private void share(DataSet.Unit unit, UUID owner, String fraction, boolean primary) {
        out.accept(new DataSet.Share(draw.id(), unit.organizationId(), unit.id(), unit.buildingId(), owner,
                new BigDecimal(fraction), primary, OffsetDateTime.parse("2020-01-01T00:00:00Z")));
    }

    /** As KoproGo seeds them: still scheduled, though their dates have passed. */
    private DataSet.Meeting meeting(DataSet.Building building, String type, String title, String date) {
        DataSet.Meeting meeting = new DataSet.Meeting(draw.id(), building.organizationId(), building.id(), type,
                title, "Assemblée générale annuelle", OffsetDateTime.parse(date + "T10:00:00Z"), "Salle polyvalente",
                "scheduled", MEETING_AGENDA, null);
        out.accept(meeting);
        return meeting;
    }

    private void minutes(DataSet.Meeting meeting, UUID syndic, String fileName) {
        document(meeting.buildingId(), meeting.organizationId(), "meeting_minutes",
                "Procès-verbal - " + meeting.title(), "Procès-verbal de l'assemblée", fileName,
                "Procès-verbal - " + meeting.title(), syndic, meeting.id(), null, meeting.scheduledDate());
    }

    /** A one-page PDF showing {@code line}, uploaded by {@code uploadedBy} on {@code date}. */
    private void document(UUID buildingId, UUID organization, String type, String title, String description,
                          String fileName, String line, UUID uploadedBy, UUID meeting, UUID expense,
                          OffsetDateTime date) {
        out.accept(new DataSet.Document(draw.id(), organization, buildingId, type, title, description, fileName,
                "application/pdf", OnePagePdf.of(line), uploadedBy, meeting, expense, date));
    }

    private DataSet.Expense expense(DataSet.Building building, String category, String description, String amount, String date,
                         String supplier, String invoice, String accountCode, String approval, UUID approvedBy) {
        DataSet.Expense expense = StagedExpense.of(draw.id(), building.organizationId(), building.id(), category,
                description, new BigDecimal(amount), OffsetDateTime.parse(date + "T00:00:00Z"), supplier, invoice,
                accountCode, approval, approvedBy, approvedBy != null);
        out.accept(expense);
        return expense;
    }
}
