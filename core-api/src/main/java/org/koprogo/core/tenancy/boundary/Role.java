package org.koprogo.core.tenancy.boundary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four roles of KoproGo. A token carries its role in the {@code groups} claim, spelled as on the wire. */
public enum Role {

    SUPERADMIN, SYNDIC, ACCOUNTANT, OWNER;

    /** The wire names, as constants for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String SUPERADMIN = "superadmin";
        public static final String SYNDIC = "syndic";
        public static final String ACCOUNTANT = "accountant";
        public static final String OWNER = "owner";

        private Names() {
        }
    }

    /** As sent on the wire (the platform's JSON writes and reads enums by their toString). */
    @Override
    public String toString() {
        return wireName();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromWireName(String name) {
        return Arrays.stream(values()).filter(role -> role.wireName().equalsIgnoreCase(name)).findFirst();
    }
}
