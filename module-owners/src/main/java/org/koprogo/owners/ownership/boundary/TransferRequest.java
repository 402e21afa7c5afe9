package org.koprogo.owners.ownership.boundary;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

public record TransferRequest(@NotNull UUID fromOwnerId, @NotNull UUID toOwnerId) {
}
