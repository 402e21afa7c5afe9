package org.koprogo.auth.organization.control;

import java.util.UUID;

/**
 * Where the sessions of an organization's users are kept: the login component, which knows organizations (so
 * organizations may not know it), ends them when the organization is deactivated.
 */
public interface OrganizationSessions {

    /** Revokes every refresh token of the organization's users, in the caller's transaction. */
    void revokeOrganization(UUID organizationId);
}
