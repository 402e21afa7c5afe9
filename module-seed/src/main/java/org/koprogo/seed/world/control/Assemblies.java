package org.koprogo.seed.world.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.koprogo.core.data.boundary.DataSet;

/**
 * A building's general assemblies around the day the world is planted: the ordinary one of each of the last
 * {@value #PAST_YEARS} years, held, and the next one, scheduled, all in the same yearly fortnight as the law wants,
 * in the building's usual room; and in {@value #EXTRAORDINARY_PERCENT} % of buildings an extraordinary one on
 * works, coming, held or cancelled. How each went, attendance, votes and minutes, is its {@link Sitting}. Dates
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

    /** @param coOwners the building's co-owners with the quotas they hold, the same on every meeting's date */
    void write(DataSet.Building building, Map<UUID, BigDecimal> coOwners) {
        String place = draw.pick(PLACES);
        // the fortnight of the yearly assembly; the last one held is this year's unless it is still to come
        LocalDate thisYear = LocalDate.of(today.getYear(), draw.between(3, 6), draw.between(1, 14));
        LocalDate lastHeld = thisYear.isAfter(today) ? thisYear.minusYears(1) : thisYear;
        for (int ago = PAST_YEARS - 1; ago >= 0; ago--) {
            LocalDate held = lastHeld.minusYears(ago);
            int turnout = attendance(coOwners.size()); // drawn before the meeting's id, as ever: the ids stay
            Sitting.Agenda agenda = ordinaryAgenda(held.getYear());
            // only an assembly a year old or more may fail its quorum: its second assembly is past too
            sitting(ordinary(building, held, place, "completed", agenda), agenda, coOwners).held(turnout, ago >= 1);
        }
        Sitting.Agenda next = ordinaryAgenda(lastHeld.getYear() + 1);
        sitting(ordinary(building, lastHeld.plusYears(1), place, "scheduled", next), next, coOwners).notHeld();
        if (draw.between(1, 100) <= EXTRAORDINARY_PERCENT) {
            extraordinary(building, place, coOwners);
        }
    }

    private DataSet.Meeting ordinary(DataSet.Building building, LocalDate date, String place, String status,
                                     Sitting.Agenda agenda) {
        return new DataSet.Meeting(draw.id(), organizationId, building.id(), "ordinary",
                "Assemblée générale ordinaire " + date.getYear(), ORDINARY_DESCRIPTION, evening(date), place, status,
                agenda.items(), null);
    }

    /** The yearly agenda, each item with the majority its resolution needs (works on common parts: two thirds). */
    private static Sitting.Agenda ordinaryAgenda(int year) {
        return new Sitting.Agenda(List.of("Approbation des comptes " + (year - 1), "Décharge au syndic",
                "Budget prévisionnel " + year, "Travaux à prévoir", "Questions diverses"),
                Arrays.asList("absolute", "absolute", "absolute", "two_thirds", null));
    }

    /** One in five coming within two months; the others held (two in three) or cancelled up to ten months ago. */
    private void extraordinary(DataSet.Building building, String place, Map<UUID, BigDecimal> coOwners) {
        String works = draw.pick(WORKS);
        boolean coming = draw.between(1, 5) == 1;
        LocalDate date = coming ? today.plusDays(draw.between(1, 60)) : today.minusDays(draw.between(1, 300));
        String status = coming ? "scheduled" : draw.between(1, 3) == 1 ? "cancelled" : "completed";
        Sitting.Agenda agenda = new Sitting.Agenda(List.of(works + " : choix de l'entreprise", "Appel de fonds",
                "Questions diverses"), Arrays.asList("two_thirds", "absolute", null));
        Sitting sitting = sitting(new DataSet.Meeting(draw.id(), organizationId, building.id(), "extraordinary",
                "Assemblée générale extraordinaire - " + works, works + " : devis et financement", evening(date),
                place, status, agenda.items(), null), agenda, coOwners);
        if (status.equals("completed")) {
            // up to ten months old: it does not fail its quorum, lest its second assembly be still to come
            sitting.held(attendance(coOwners.size()), false);
        } else {
            sitting.notHeld();
        }
    }

    private Sitting sitting(DataSet.Meeting meeting, Sitting.Agenda agenda, Map<UUID, BigDecimal> coOwners) {
        return new Sitting(meeting, agenda, coOwners, today, out);
    }

    /** The co-owners expected at an assembly: between two in five of them and all of them, never none. */
    private int attendance(int coOwners) {
        return draw.between(Math.max(1, coOwners * 2 / 5), coOwners);
    }

    private static OffsetDateTime evening(LocalDate date) {
        return OffsetDateTime.of(date, EVENING, ZoneOffset.UTC);
    }
}
