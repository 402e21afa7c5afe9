package org.koprogo.seed.world.control;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.koprogo.core.data.boundary.DataSet;

/**
 * A building's general assemblies around the day the world is planted: the ordinary one of each of the last
 * {@value #PAST_YEARS} years, held (an attendance up to the building's co-owners), and the next one, scheduled,
 * all in the same yearly fortnight as the law wants, in the building's usual room; and in
 * {@value #EXTRAORDINARY_PERCENT} % of buildings an extraordinary one on works, coming, held or cancelled. Dates
 * are drawn as distances from that day, so the same seed gives the same meetings, statuses and ids on any day,
 * only moved in time.
 */
final class Assemblies {

    static final int PAST_YEARS = 3;
    static final int EXTRAORDINARY_PERCENT = 50;

    private static final LocalTime EVENING = LocalTime.of(18, 0);
    private static final String ORDINARY_DESCRIPTION = "Assemblée générale annuelle";
    private static final List<String> PLACES = List.of("Salle polyvalente", "Salle communale",
            "Hall de l'immeuble", "Bureaux du syndic");
    private static final List<String> WORKS = List.of("Rénovation de la façade", "Remplacement de l'ascenseur",
            "Réfection de la toiture", "Mise en conformité incendie", "Remplacement de la chaudière");

    private final UUID organizationId;
    private final LocalDate today;
    private final Draw draw;
    private final Consumer<DataSet.Row> out;

    Assemblies(UUID organizationId, LocalDate today, Draw draw, Consumer<DataSet.Row> out) {
        this.organizationId = organizationId;
        this.today = today;
        this.draw = draw;
        this.out = out;
    }

    /** @param coOwners the distinct owners holding a share of the building's units: nobody else attends */
    void write(DataSet.Building building, int coOwners) {
        String place = draw.pick(PLACES);
        // the fortnight of the yearly assembly; the last one held is this year's unless it is still to come
        LocalDate thisYear = LocalDate.of(today.getYear(), draw.between(3, 6), draw.between(1, 14));
        LocalDate lastHeld = thisYear.isAfter(today) ? thisYear.minusYears(1) : thisYear;
        for (int ago = PAST_YEARS - 1; ago >= 0; ago--) {
            LocalDate held = lastHeld.minusYears(ago);
            ordinary(building, held, place, "completed", attendance(coOwners));
        }
        ordinary(building, lastHeld.plusYears(1), place, "scheduled", null);
        if (draw.between(1, 100) <= EXTRAORDINARY_PERCENT) {
            extraordinary(building, place, coOwners);
        }
    }

    private void ordinary(DataSet.Building building, LocalDate date, String place, String status, Integer attendees) {
        out.accept(new DataSet.Meeting(draw.id(), organizationId, building.id(), "ordinary",
                "Assemblée générale ordinaire " + date.getYear(), ORDINARY_DESCRIPTION, evening(date), place, status,
                List.of("Approbation des comptes " + (date.getYear() - 1), "Décharge au syndic",
                        "Budget prévisionnel " + date.getYear(), "Travaux à prévoir", "Questions diverses"),
                attendees));
    }

    /** One in five coming within two months; the others held (two in three) or cancelled up to ten months ago. */
    private void extraordinary(DataSet.Building building, String place, int coOwners) {
        String works = draw.pick(WORKS);
        boolean coming = draw.between(1, 5) == 1;
        LocalDate date = coming ? today.plusDays(draw.between(1, 60)) : today.minusDays(draw.between(1, 300));
        String status = coming ? "scheduled" : draw.between(1, 3) == 1 ? "cancelled" : "completed";
        out.accept(new DataSet.Meeting(draw.id(), organizationId, building.id(), "extraordinary",
                "Assemblée générale extraordinaire - " + works, works + " : devis et financement", evening(date),
                place, status, List.of(works + " : choix de l'entreprise", "Appel de fonds", "Questions diverses"),
                status.equals("completed") ? attendance(coOwners) : null));
    }

    /** Between two in five of the co-owners and all of them, never none. */
    private int attendance(int coOwners) {
        return draw.between(Math.max(1, coOwners * 2 / 5), coOwners);
    }

    private static OffsetDateTime evening(LocalDate date) {
        return OffsetDateTime.of(date, EVENING, ZoneOffset.UTC);
    }
}
