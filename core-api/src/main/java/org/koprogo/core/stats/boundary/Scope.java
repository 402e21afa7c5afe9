package org.koprogo.core.stats.boundary;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Whose rows a dashboard's figures count. */
public sealed interface Scope {

    /** Every organization's: the superadmin's dashboard. */
    record Platform() implements Scope {
    }

    /** These organizations': a syndic's or accountant's own, or the seed organizations. */
    record Organizations(Set<UUID> ids) implements Scope {

        public Organizations {
            ids = Set.copyOf(ids);
        }

        /** The ids as one PostgreSQL {@code uuid[]} literal: one parameter however many organizations. */
        public String idArray() {
            return uuidArray(ids);
        }
    }

    /**
     * What an owner-role user holds: the buildings where the owner record linked to it holds a current share
     * (none when no record is linked).
     */
    record Holder(UUID userId, Set<UUID> buildings) implements Scope {

        public Holder {
            buildings = Set.copyOf(buildings);
        }

        public String buildingArray() {
            return uuidArray(buildings);
        }
    }

    static Scope platform() {
        return new Platform();
    }

    static Scope organizations(Set<UUID> ids) {
        return new Organizations(ids);
    }

    static Scope holder(UUID userId, Set<UUID> buildings) {
        return new Holder(userId, buildings);
    }

    /** For {@code column = any(cast(? as uuid[]))}. */
    static String uuidArray(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
