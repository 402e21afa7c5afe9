package org.koprogo.meetings.deliberation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Votes counted on the worked examples: building T's assembly (V1–V7), the cap, the demo world, one-thirds. */
class VoteCountTest {

    static final Map<String, Integer> T = Map.of("A", 300, "B", 160, "C", 120, "D", 100, "E", 80, "F", 70,
            "G", 60, "H", 40, "I", 40, "J", 30);
    static final BigDecimal T_ALL = BigDecimal.valueOf(1000);

    /** An assembly: who attends (and through whom) and how each co-owner votes. */
    static final class Assembly {
        final Map<String, UUID> ids = new HashMap<>();
        final List<Attendance> attendance = new ArrayList<>();
        final Map<UUID, Choice> votes = new HashMap<>();
        final UUID meeting = UUID.randomUUID();

        Assembly present(String names, Map<String, ? extends Number> quotas) {
            for (String name : names.split(" ")) {
                attendance.add(new Attendance(meeting, id(name), quota(quotas, name), Presence.PRESENT, null));
            }
            return this;
        }

        Assembly representedBy(String principal, String holder, Map<String, ? extends Number> quotas) {
            attendance.add(new Attendance(meeting, id(principal), quota(quotas, principal), Presence.REPRESENTED,
                    new ProxyHolder(id(holder), null)));
            return this;
        }

        Assembly vote(String names, Choice choice) {
            for (String name : names.split(" ")) {
                votes.put(id(name), choice);
            }
            return this;
        }

        VoteCount.Outcome count(Majority majority, BigDecimal all) {
            return VoteCount.of(VoteCount.participants(attendance, votes), majority, all);
        }

        UUID id(String name) {
            return ids.computeIfAbsent(name, n -> UUID.randomUUID());
        }

        static BigDecimal quota(Map<String, ? extends Number> quotas, String name) {
            return new BigDecimal(quotas.get(name).toString());
        }
    }

    /** Q1's assembly: A B C D E F present (830). */
    static Assembly q1() {
        return new Assembly().present("A B C D E F", T);
    }

    @ParameterizedTest(name = "{0}: {1} for [{2}] against [{3}] abstain [{4}] → {5}")
    @CsvSource({
            "V1, ABSOLUTE, A D, B E, C F, true",
            "V2, TWO_THIRDS, A D, B E, C F, false",
            "V3, TWO_THIRDS, A D, C E, B F, true",
            "V4, FOUR_FIFTHS, A D E, C, B F, true",
            "V4', FOUR_FIFTHS, A D, C, B E F, false",
            "V5, ABSOLUTE, A, C D E, B F, false",
            "V6, UNANIMITY, A B C D E F, , , false",
            "V7, ABSOLUTE, , , A B C D E F, false",
    })
    void buildingTsVotes(String example, Majority majority, String votesFor, String against, String abstain,
                         boolean adopted) {
        Assembly assembly = q1();
        cast(assembly, votesFor, Choice.FOR);
        cast(assembly, against, Choice.AGAINST);
        cast(assembly, abstain, Choice.ABSTENTION);
        VoteCount.Outcome outcome = assembly.count(majority, T_ALL);
        assertEquals(adopted, outcome.adopted(), outcome::toString);
        assertEquals(outcome.raw(), outcome.counted(), "no cap binds: A's 300 ≤ the others' 530");
    }

    @Test
    void abstentionsAreNotCast() {
        VoteCount.Outcome v1 = q1().vote("A D", Choice.FOR).vote("B E", Choice.AGAINST).vote("C F", Choice.ABSTENTION)
                .count(Majority.ABSOLUTE, T_ALL);
        assertEquals(new Tally(dec(400), dec(240), dec(190)), v1.raw());
        assertEquals(dec(640), v1.raw().cast());
    }

    @Test
    void unanimityCountsEveryCoOwner() {
        Assembly everyone = new Assembly().present(String.join(" ", T.keySet()), T).vote(String.join(" ", T.keySet()),
                Choice.FOR);
        assertTrue(everyone.count(Majority.UNANIMITY, T_ALL).adopted());
        Assembly oneAbstains = new Assembly().present(String.join(" ", T.keySet()), T)
                .vote(String.join(" ", T.keySet()), Choice.FOR).vote("J", Choice.ABSTENTION);
        assertFalse(oneAbstains.count(Majority.UNANIMITY, T_ALL).adopted());
    }

    @Test
    void nobodyVotesForMoreThanTheOthersPresent() {
        VoteCount.Outcome capped = new Assembly().present("A H J", T).vote("A", Choice.FOR).vote("H J", Choice.AGAINST)
                .count(Majority.ABSOLUTE, T_ALL);
        assertEquals(new Tally(dec(300), dec(70), dec(0)), capped.raw());
        assertEquals(new Tally(dec(70), dec(70), dec(0)), capped.counted());
        assertFalse(capped.adopted(), "a tie");

        // A also holds J's proxy: A's 330 count for at most H's 40, J being A's principal, not another
        Assembly withProxy = new Assembly().present("A H", T).representedBy("J", "A", T);
        VoteCount.Outcome proxied = withProxy.vote("A J", Choice.FOR).vote("H", Choice.AGAINST)
                .count(Majority.ABSOLUTE, T_ALL);
        assertEquals(new Tally(dec(330), dec(40), dec(0)), proxied.raw());
        assertEquals(new Tally(dec(40), dec(40), dec(0)), proxied.counted());
        assertFalse(proxied.adopted());
    }

    @Test
    void theDemoWorldsLargestCoOwnerIsCappedAtMichelsVotes() {
        Map<String, Integer> demo = Map.of("Pierre", 400, "Sophie", 210, "Michel", 140);
        VoteCount.Outcome outcome = new Assembly().present("Pierre Michel", demo).vote("Pierre", Choice.FOR)
                .vote("Michel", Choice.AGAINST).count(Majority.ABSOLUTE, dec(750));
        assertEquals(new Tally(dec(140), dec(140), dec(0)), outcome.counted());
        assertFalse(outcome.adopted());
    }

    @Test
    void aSoleParticipantKeepsTheirVotes() {
        VoteCount.Outcome alone = new Assembly().present("A", T).vote("A", Choice.FOR).count(Majority.ABSOLUTE, T_ALL);
        assertEquals(new Tally(dec(300), dec(0), dec(0)), alone.counted());
        assertTrue(alone.adopted());
        VoteCount.Outcome holder = new Assembly().present("H", T).representedBy("I", "H", T).representedBy("J", "H", T)
                .vote("H I J", Choice.FOR).count(Majority.ABSOLUTE, T_ALL);
        assertEquals(dec(110), holder.counted().votesFor(), "a second assembly of H holding I's and J's proxies");
        assertTrue(holder.adopted());
    }

    @Test
    void aCappedHoldersSplitVotesAreReducedInProportion() {
        // A (300) votes for, J (30, A's principal) against: 330 reduced to H's 40, so ×40/330
        Assembly split = new Assembly().present("A H", T).representedBy("J", "A", T).vote("A", Choice.FOR)
                .vote("J", Choice.AGAINST).vote("H", Choice.AGAINST);
        VoteCount.Outcome outcome = split.count(Majority.ABSOLUTE, T_ALL);
        assertEquals(new Tally(dec(300), dec(70), dec(0)), outcome.raw());
        // exactly 12000/330 = 36.36… for, 1200/330 + 40 = 43.63… against: shown to 9 decimals
        assertEquals(new Tally(new BigDecimal("36.363636364"), new BigDecimal("43.636363636"), dec(0)),
                outcome.counted());
        assertFalse(outcome.adopted());

        // A (200) for, P (100, A's principal) abstaining, H and K (150) against: A's 300 exceed the others' 150
        Map<String, Integer> q = Map.of("A", 200, "P", 100, "H", 100, "K", 50);
        VoteCount.Outcome exact = new Assembly().present("A H K", q).representedBy("P", "A", q)
                .vote("A", Choice.FOR).vote("P", Choice.ABSTENTION).vote("H K", Choice.AGAINST)
                .count(Majority.ABSOLUTE, dec(450));
        // A's 300 capped at 150: for 200×150/300 = 100, abstention 50; against 150 → rejected
        assertEquals(new Tally(dec(100), dec(150), dec(50)), exact.counted());
        assertFalse(exact.adopted());
    }

    @Test
    void oneThirdSharesAddUpToTheirOwnBase() {
        // a 300-quota unit split in three stored thirds (0.333333): 99.9999 each, 299.9997 in all, and that
        // sum is the base, so all three together are "all the co-owners"
        BigDecimal third = new BigDecimal("300.000").multiply(new BigDecimal("0.333333"));
        Map<String, BigDecimal> q = Map.of("X", third, "Y", third, "Z", third);
        BigDecimal all = third.multiply(BigDecimal.valueOf(3));
        assertEquals(new BigDecimal("299.999700000"), all);
        VoteCount.Outcome unanimous = new Assembly().present("X Y Z", q).vote("X Y Z", Choice.FOR)
                .count(Majority.UNANIMITY, all);
        assertTrue(unanimous.adopted());
        VoteCount.Outcome twoThirds = new Assembly().present("X Y Z", q).vote("X Y", Choice.FOR).vote("Z", Choice.AGAINST)
                .count(Majority.TWO_THIRDS, all);
        assertTrue(twoThirds.adopted(), "exactly two thirds of the cast");
    }

    private static void cast(Assembly assembly, String names, Choice choice) {
        if (names != null && !names.isBlank()) {
            assembly.vote(names.strip(), choice);
        }
    }

    private static BigDecimal dec(int value) {
        return BigDecimal.valueOf(value);
    }
}
