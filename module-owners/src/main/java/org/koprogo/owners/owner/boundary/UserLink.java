package org.koprogo.owners.owner.boundary;

import java.util.UUID;

/** KoproGo's link-user body: the user (role owner) who reads as this owner; null unlinks. */
public record UserLink(UUID userId) {
}
