package org.koprogo.gdpr.audit.boundary;

import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.koprogo.core.json.boundary.JsonMapping;
import org.koprogo.gdpr.audit.entity.AuditEntry;

/**
 * An audit entry in KoproGo's shape: {@code user_id} is who acted, {@code resource_type}/{@code resource_id} whom
 * it was about (a user, else an owner record); {@code subject_user_id}, {@code subject_owner_id}, {@code actor_role}
 * and {@code client_address} (a network: IPv4 /24, IPv6 /48) say more.
 */
public record AuditLogResponse(UUID id, OffsetDateTime timestamp, String eventType, UUID userId, String actorRole,
                               UUID organizationId, String resourceType, UUID resourceId, UUID subjectUserId,
                               UUID subjectOwnerId, String clientAddress, boolean success, String errorMessage,
                               JsonNode metadata) {

    static AuditLogResponse of(AuditEntry entry) {
        boolean aboutUser = entry.subjectUserId() != null;
        return new AuditLogResponse(entry.id(), entry.createdAt(), entry.eventType(), entry.actorUserId(),
                entry.actorRole(), entry.organizationId(), aboutUser ? "user" : "owner",
                aboutUser ? entry.subjectUserId() : entry.subjectOwnerId(), entry.subjectUserId(),
                entry.subjectOwnerId(), entry.clientAddress(), entry.success(), entry.errorMessage(),
                metadata(entry.metadata()));
    }

    private static JsonNode metadata(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JsonMapping.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // written by AuditTrail from a map: always JSON
        }
    }
}
