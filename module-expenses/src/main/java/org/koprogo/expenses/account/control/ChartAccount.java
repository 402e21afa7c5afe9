package org.koprogo.expenses.account.control;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.expenses.account.entity.Account;
import org.koprogo.expenses.account.entity.AccountType;

/**
 * An account as the chart holds it in memory: an immutable copy of its row, which every reader shares (an
 * entity is mutable and belongs to one persistence context).
 *
 * @param organizationId null for an account of the shared chart
 */
public record ChartAccount(UUID id, UUID organizationId, String code, String label, String parentCode,
                           AccountType accountType, boolean directUse, int version, OffsetDateTime createdAt,
                           OffsetDateTime updatedAt) {

    static ChartAccount of(Account a) {
        return new ChartAccount(a.getId(), a.getOrganizationId(), a.getCode(), a.getLabel(), a.getParentCode(),
                a.getAccountType(), a.isDirectUse(), a.getVersion(), a.getCreatedAt(), a.getUpdatedAt());
    }
}
