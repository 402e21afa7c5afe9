package org.koprogo.expenses.account.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.expenses.account.entity.Account;
import org.koprogo.expenses.account.entity.AccountType;

/** KoproGo's AccountResponseDto; organization_id is absent for the shared chart. */
public record AccountResponse(UUID id, String code, String label, String parentCode, AccountType accountType,
                              boolean directUse, UUID organizationId, OffsetDateTime createdAt,
                              OffsetDateTime updatedAt) {

    public static AccountResponse of(Account a) {
        return new AccountResponse(a.getId(), a.getCode(), a.getLabel(), a.getParentCode(), a.getAccountType(),
                a.isDirectUse(), a.getOrganizationId(), a.getCreatedAt(), a.getUpdatedAt());
    }
}
