package org.koprogo.hello.greeting.boundary;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code organization_id} is read from a superadmin only; everyone else writes in their own organization. */
public record GreetingRequest(UUID organizationId, @NotBlank @Size(max = 200) String text) {
}
