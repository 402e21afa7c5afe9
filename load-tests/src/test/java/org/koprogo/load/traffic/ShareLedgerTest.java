package org.koprogo.load.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ShareLedgerTest {

    private final ShareLedger ledger = new ShareLedger();

    @Test
    void pairsTheNewestUnitWithEachOwnerOnce() {
        ledger.addUnit("u1");
        ledger.addOwner("o1");
        ledger.addOwner("o2");

        assertEquals("o1", grant().ownerId());
        assertEquals("o2", grant().ownerId());
        assertNull(ledger.next());
        assertFalse(ledger.needsUnit(), "another owner is what u1 needs");

        ledger.addUnit("u2");
        ShareLedger.Share onNewUnit = grant();
        assertEquals("u2", onNewUnit.unitId());
        assertEquals("o1", onNewUnit.ownerId());
    }

    @Test
    void fallsBackToAnOlderUnitWithOwnersLeft() {
        ledger.addUnit("u1");
        ledger.addOwner("o1");
        ledger.addUnit("u2");
        grant();
        ledger.addOwner("o2");
        grant();
        grant();

        assertEquals("u1", grant().unitId());
        assertNull(ledger.next());
    }

    @Test
    void neverGivesAUnitMoreSharesThanSumToOneNorAPairTwice() {
        ledger.addUnit("u1");
        Set<ShareLedger.Share> seen = new HashSet<>();
        Map<String, Integer> perUnit = new HashMap<>();
        for (int i = 0; i < 2500; i++) {
            ShareLedger.Share share = ledger.next();
            if (share == null) {
                if (ledger.needsUnit()) {
                    ledger.addUnit("u" + (perUnit.size() + 1));
                } else {
                    ledger.addOwner("o" + i);
                }
                continue;
            }
            assertTrue(seen.add(share), "granted twice: " + share);
            perUnit.merge(share.unitId(), 1, Integer::sum);
            ledger.attempted(share);
        }

        assertEquals(ShareLedger.SHARES_PER_UNIT, perUnit.get("u1"));
        assertTrue(perUnit.values().stream().allMatch(count -> count <= ShareLedger.SHARES_PER_UNIT));
        assertTrue(perUnit.size() >= 2, "a full unit leads to a new one");
    }

    private ShareLedger.Share grant() {
        ShareLedger.Share share = ledger.next();
        ledger.attempted(share);
        return share;
    }
}
