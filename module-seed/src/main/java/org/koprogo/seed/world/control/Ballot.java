package org.koprogo.seed.world.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.koprogo.core.data.boundary.DataSet;

/**
 * The law's arithmetic on a seeded assembly's figures (art. 3.87 §5, §7, §8), exact: the same formulas as
 * module-meetings' {@code Quorum}, {@code VoteCount} and {@code Majority}, which the seed may not import (modules
 * meet only through core-api); WorldsTest checks the seeded rows against those classes.
 */
final class Ballot {

    static final DataSet.Votes NONE = new DataSet.Votes(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** Scale of counted votes where the cap's proportional reduction ends in no decimal, as the platform shows them. */
    private static final int SHOWN_SCALE = 9;

    private Ballot() {
    }

    /**
     * More than half of the co-owners holding at least half of the quotas, or more than three quarters of the
     * quotas, present or represented.
     */
    static String quorum(int presentCount, BigDecimal presentQuota, int allCount, BigDecimal allQuota) {
        boolean majorityHoldingHalf = 2L * presentCount > allCount
                && presentQuota.add(presentQuota).compareTo(allQuota) >= 0;
        boolean threeQuarters = presentQuota.multiply(BigDecimal.valueOf(4))
                .compareTo(allQuota.multiply(BigDecimal.valueOf(3))) > 0;
        return majorityHoldingHalf || threeQuarters ? "reached" : "not_reached";
    }

    /** One person taking part in a vote, with their principals: the votes they carry, and those they cast. */
    record Participant(BigDecimal weight, DataSet.Votes cast) {
    }

    record Outcome(DataSet.Votes raw, DataSet.Votes counted, boolean adopted) {
    }

    /**
     * Nobody counts for more than the others present or represented together: the one participant who would is
     * reduced to them, their choices in proportion, over the denominator of their own votes cast.
     *
     * @param all the quotas of every co-owner on the meeting date (unanimity's base)
     */
    static Outcome count(List<Participant> participants, String majority, BigDecimal all) {
        BigDecimal present = participants.stream().map(Participant::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        DataSet.Votes raw = participants.stream().map(Participant::cast).reduce(NONE, Ballot::plus);
        Participant capped = participants.stream().filter(p -> present.subtract(p.weight()).signum() > 0
                && total(p.cast()).compareTo(present.subtract(p.weight())) > 0).findFirst().orElse(null);
        if (capped == null) {
            return new Outcome(raw, raw, adopts(majority, raw, raw, all));
        }
        BigDecimal used = total(capped.cast());
        DataSet.Votes numerators = participants.stream().filter(p -> p != capped).map(p -> times(p.cast(), used))
                .reduce(times(capped.cast(), present.subtract(capped.weight())), Ballot::plus);
        DataSet.Votes counted = new DataSet.Votes(shown(numerators.votesFor(), used),
                shown(numerators.against(), used), shown(numerators.abstentions(), used));
        return new Outcome(raw, counted, adopts(majority, numerators, raw, all));
    }

    /** On the votes cast (abstentions are not); nothing cast adopts nothing; unanimity counts the absent too. */
    private static boolean adopts(String majority, DataSet.Votes counted, DataSet.Votes raw, BigDecimal all) {
        BigDecimal votesFor = counted.votesFor();
        BigDecimal cast = votesFor.add(counted.against());
        if (cast.signum() == 0) {
            return false;
        }
        return switch (majority) {
            case "absolute" -> votesFor.compareTo(counted.against()) > 0;
            case "two_thirds" -> votesFor.multiply(BigDecimal.valueOf(3))
                    .compareTo(cast.multiply(BigDecimal.valueOf(2))) >= 0;
            case "four_fifths" -> votesFor.multiply(BigDecimal.valueOf(5))
                    .compareTo(cast.multiply(BigDecimal.valueOf(4))) >= 0;
            case "unanimity" -> raw.votesFor().compareTo(all) == 0;
            default -> throw new IllegalArgumentException("no majority " + majority);
        };
    }

    static DataSet.Votes plus(DataSet.Votes a, DataSet.Votes b) {
        return new DataSet.Votes(a.votesFor().add(b.votesFor()), a.against().add(b.against()),
                a.abstentions().add(b.abstentions()));
    }

    /** The votes of one choice ({@code for}, {@code against} or {@code abstention}). */
    static DataSet.Votes of(String choice, BigDecimal votes) {
        return switch (choice) {
            case "for" -> new DataSet.Votes(votes, BigDecimal.ZERO, BigDecimal.ZERO);
            case "against" -> new DataSet.Votes(BigDecimal.ZERO, votes, BigDecimal.ZERO);
            case "abstention" -> new DataSet.Votes(BigDecimal.ZERO, BigDecimal.ZERO, votes);
            default -> throw new IllegalArgumentException("no choice " + choice);
        };
    }

    private static BigDecimal total(DataSet.Votes votes) {
        return votes.votesFor().add(votes.against()).add(votes.abstentions());
    }

    private static DataSet.Votes times(DataSet.Votes votes, BigDecimal factor) {
        return new DataSet.Votes(votes.votesFor().multiply(factor), votes.against().multiply(factor),
                votes.abstentions().multiply(factor));
    }

    private static BigDecimal shown(BigDecimal numerator, BigDecimal denominator) {
        try {
            return numerator.divide(denominator);
        } catch (ArithmeticException notADecimal) {
            return numerator.divide(denominator, SHOWN_SCALE, RoundingMode.HALF_EVEN);
        }
    }
}
