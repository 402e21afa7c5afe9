package org.koprogo.auth.organization.boundary;

/** The answer to a deletion, in the reference's words: its client reads a JSON body from every answer. */
public record OrganizationDeleted(String message) {

    static final OrganizationDeleted ANSWER = new OrganizationDeleted("Organization deleted successfully");
}
