package org.koprogo.load.traffic;

import java.util.ArrayList;
import java.util.List;

/**
 * A virtual user's units and owners, and which owners already hold a share of which unit, so that every
 * share it grants is one a correct server accepts: one active share per (owner, unit), and a unit's active
 * shares summing to at most 1 at {@value #SHARE} each.
 */
final class ShareLedger {

    static final String SHARE = "0.001";
    /** 1 / 0.001, less one for safety against rounding on either side. */
    static final int SHARES_PER_UNIT = 999;

    record Share(UnitShares unit, String ownerId) {

        String unitId() {
            return unit.id;
        }
    }

    /** Owners are paired with a unit in the order they were created: the first {@code granted} hold one. */
    static final class UnitShares {
        final String id;
        int granted;

        UnitShares(String id) {
            this.id = id;
        }
    }

    private final List<String> owners = new ArrayList<>();
    private final List<UnitShares> units = new ArrayList<>();

    void addOwner(String id) {
        owners.add(id);
    }

    void addUnit(String id) {
        units.add(new UnitShares(id));
    }

    /**
     * The newest unit that can take one more share, with the first owner holding none of it; null when a new
     * owner ({@link #needsUnit()} false) or a new unit ({@link #needsUnit()} true) must be created first.
     */
    Share next() {
        for (int i = units.size() - 1; i >= 0; i--) {
            UnitShares unit = units.get(i);
            if (unit.granted < owners.size() && unit.granted < SHARES_PER_UNIT) {
                return new Share(unit, owners.get(unit.granted));
            }
        }
        return null;
    }

    /** Every unit is full, so only a new unit can take a share. */
    boolean needsUnit() {
        return units.stream().allMatch(unit -> unit.granted >= SHARES_PER_UNIT);
    }

    /**
     * The share was asked for, whatever the answer: a refused or lost request is not retried, so one failure
     * cannot turn every later share into a failure too.
     */
    void attempted(Share share) {
        share.unit().granted++;
    }
}
