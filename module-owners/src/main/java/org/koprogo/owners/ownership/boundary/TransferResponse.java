package org.koprogo.owners.ownership.boundary;

public record TransferResponse(ShareResponse endedRelationship, ShareResponse newRelationship) {
}
