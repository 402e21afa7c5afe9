package org.koprogo.seed.world.control;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One row of a seed world, as the worlds produce them and {@link RowWriter} inserts them: organizations first,
 * then users, buildings, units, owners, shares and expenses, each referring only to rows produced before it.
 * Values are in the database's own form (lower-case enums, fractions for shares).
 */
public sealed interface Row {

    record Organization(UUID id, String name, String slug, String email, String phone, String plan,
                        int maxBuildings, int maxUsers) implements Row {
    }

    record User(UUID id, UUID organizationId, String email, String password, String firstName, String lastName,
                String role) implements Row {
    }

    record Building(UUID id, UUID organizationId, String name, String address, String city, String postalCode,
                    int totalUnits, int totalTantiemes, int constructionYear) implements Row {
    }

    record Unit(UUID id, UUID organizationId, UUID buildingId, String number, String type, int floor,
                BigDecimal surfaceArea, BigDecimal quota) implements Row {
    }

    record Owner(UUID id, UUID organizationId, String firstName, String lastName, String email, String phone,
                 String address, String city, String postalCode, UUID userId) implements Row {
    }

    record Share(UUID id, UUID organizationId, UUID unitId, UUID buildingId, UUID ownerId, BigDecimal fraction,
                 boolean primaryContact, OffsetDateTime startDate) implements Row {
    }

    /** {@code approvedBy} is set once the expense is approved, {@code paid} only then. */
    record Expense(UUID id, UUID organizationId, UUID buildingId, String category, String description,
                   BigDecimal amount, OffsetDateTime date, String supplier, String invoiceNumber, String accountCode,
                   String approvalStatus, UUID approvedBy, boolean paid) implements Row {
    }
}
