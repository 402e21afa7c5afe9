package org.koprogo.expenses.account.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.expenses.account.control.ChartAccount;
import org.koprogo.expenses.account.entity.AccountType;

/** KoproGo's AccountResponseDto; organization_id is absent for the shared chart. */
public record AccountResponse(UUID id, String code, String label, String parentCode, AccountType accountType,
                              boolean directUse, UUID organizationId, OffsetDateTime createdAt,
                              OffsetDateTime updatedAt) {

    public static AccountResponse of(ChartAccount a) {
        return new AccountResponse(a.id(), a.code(), a.label(), a.parentCode(), a.accountType(), a.directUse(),
                a.organizationId(), a.createdAt(), a.updatedAt());
    }
}
