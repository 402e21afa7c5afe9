package org.koprogo.auth.user.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.koprogo.auth.user.control.UserChanges;
import org.koprogo.auth.user.entity.Grant;
import org.koprogo.core.json.boundary.Emails;
import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.core.tenancy.boundary.Role;

/**
 * A user to create, or the new state of one (PUT). The password is required on create and optional on update
 * (absent keeps it). The roles come as KoproGo's client sends them: {@code roles} (each in an organization the
 * caller manages; the first is primary unless one says so), which wins over the single {@code role}, whose
 * {@code organization_id} counts only from a superadmin. A PUT replaces the roles the user holds.
 */
public record UserRequest(
        @NotBlank @Email @Size(max = 255) String email,
        @Size(max = 200) String password,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        Role role,
        UUID organizationId,
        @Size(max = 20) List<@Valid @NotNull RoleGrant> roles) {

    /** Validated after normalising: the length checked is the length stored. */
    public UserRequest {
        email = Emails.normalised(email);
    }

    public UserChanges changes() {
        boolean listed = roles != null && !roles.isEmpty();
        if (!listed && role == null) {
            throw InvalidInput.inBody("#/role", "must not be null when no roles are listed");
        }
        return new UserChanges(email, password, firstName.strip(), lastName.strip(),
                listed ? grants(roles) : List.of(Grant.primary(role, organizationId)), listed);
    }

    private static List<Grant> grants(List<RoleGrant> roles) {
        boolean primaryNamed = roles.stream().anyMatch(RoleGrant::isPrimary);
        List<Grant> grants = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            RoleGrant grant = roles.get(i);
            grants.add(new Grant(grant.role(), grant.organizationId(), primaryNamed ? grant.isPrimary() : i == 0));
        }
        return grants;
    }
}
