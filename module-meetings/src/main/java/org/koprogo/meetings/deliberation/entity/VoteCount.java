package org.koprogo.meetings.deliberation.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The count of one resolution's votes (art. 3.87 §7 and §8). Nobody takes part in a vote for more votes than
 * those of the other participants present or represented together (their own principals are theirs, not
 * "others"): the excess is not counted. A sole participant keeps their votes (a second assembly may be one
 * person). When a capped participant's votes go to several choices, each is reduced in the same proportion.
 * At most one participant can be capped (they hold more than half of those present), so the counted votes are
 * exact fractions over one denominator, that participant's votes; the majority compares the numerators.
 */
public final class VoteCount {

    /** Scale of the counted votes shown when a proportional reduction does not end in a decimal. */
    static final int SHOWN_SCALE = 9;

    private VoteCount() {
    }

    /**
     * One person taking part in a vote: in person with their principals, or an outsider holding proxies.
     *
     * @param weight the votes they carry by attendance (their own and their principals')
     * @param cast   the votes they cast on this resolution, by choice
     */
    public record Participant(BigDecimal weight, Tally cast) {
    }

    /**
     * @param raw     the votes as cast
     * @param counted the votes counted after the cap (rounded to {@value #SHOWN_SCALE} decimals only where a
     *                proportional reduction leaves no exact decimal; the outcome is decided on exact values)
     */
    public record Outcome(Tally raw, Tally counted, boolean adopted) {
    }

    /**
     * The participants of a vote: each co-owner present in person or proxy holder, with the co-owners whose
     * votes they carry and the choices cast for them ({@code votes} by co-owner; one without a vote casts none).
     */
    public static List<Participant> participants(List<Attendance> attendance, Map<UUID, Choice> votes) {
        Map<String, Participant> byKey = new LinkedHashMap<>();
        for (Attendance row : attendance) {
            if (!row.isPresentOrRepresented()) {
                continue;
            }
            Choice choice = votes.get(row.getOwnerId());
            Tally cast = choice == null ? Tally.NONE : Tally.NONE.plus(choice, row.getQuota());
            byKey.merge(row.participantKey(), new Participant(row.getQuota(), cast),
                    (a, b) -> new Participant(a.weight().add(b.weight()), a.cast().plus(b.cast())));
        }
        return List.copyOf(byKey.values());
    }

    /** @param all the quotas of every co-owner of the building on the meeting date (unanimity's base) */
    public static Outcome of(List<Participant> participants, Majority majority, BigDecimal all) {
        BigDecimal present = participants.stream().map(Participant::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        Tally raw = participants.stream().map(Participant::cast).reduce(Tally.NONE, Tally::plus);
        Participant capped = participants.stream().filter(p -> exceedsOthers(p, present)).findFirst().orElse(null);
        if (capped == null) {
            return new Outcome(raw, raw, majority.adopts(raw, raw, all));
        }
        // numerators over the capped participant's votes: the others' ×used, theirs ×(the others' weight)
        BigDecimal used = capped.cast().total();
        BigDecimal others = present.subtract(capped.weight());
        Tally numerators = participants.stream().filter(p -> p != capped).map(p -> p.cast().times(used))
                .reduce(capped.cast().times(others), Tally::plus);
        Tally counted = new Tally(shown(numerators.votesFor(), used), shown(numerators.against(), used),
                shown(numerators.abstentions(), used));
        return new Outcome(raw, counted, majority.adopts(numerators, raw, all));
    }

    private static boolean exceedsOthers(Participant participant, BigDecimal present) {
        BigDecimal others = present.subtract(participant.weight());
        return others.signum() > 0 && participant.cast().total().compareTo(others) > 0;
    }

    private static BigDecimal shown(BigDecimal numerator, BigDecimal denominator) {
        try {
            return numerator.divide(denominator);
        } catch (ArithmeticException notADecimal) {
            return numerator.divide(denominator, SHOWN_SCALE, RoundingMode.HALF_EVEN);
        }
    }
}
