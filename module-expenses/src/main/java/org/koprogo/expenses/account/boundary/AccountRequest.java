package org.koprogo.expenses.account.boundary;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.koprogo.expenses.account.control.AccountChanges;

/**
 * An account as clients send it. Its type follows from its code (KoproGo clients' account_type is not read);
 * on update the code is the path's. A superadmin without organization_id writes the shared chart.
 */
public record AccountRequest(
        UUID organizationId,
        @Pattern(regexp = "[0-9]{1,20}", message = "must be 1 to 20 digits, the first being the PCMN class") String code,
        @NotBlank @Size(max = 255) String label,
        @Pattern(regexp = "[0-9]{1,20}", message = "must be the code of an existing account") String parentCode,
        Boolean directUse) {

    /** An account is used directly unless the client says otherwise. */
    public AccountChanges changes() {
        return new AccountChanges(code, label.strip(), parentCode, directUse == null || directUse);
    }
}
