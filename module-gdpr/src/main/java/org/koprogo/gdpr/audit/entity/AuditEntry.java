package org.koprogo.gdpr.audit.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.koprogo.core.database.boundary.NullableUuid;
import org.koprogo.core.database.boundary.Timestamps;

/**
 * One export, erasure or erasure check, as the audit trail keeps it: ids, the actor's role, the client's network
 * and the outcome (hold codes, counts), never a person's words, so that it outlives the erasures it records.
 */
@Entity
@Table(name = "gdpr_audit_log")
public class AuditEntry {

    public static final String SELECT_JPQL = "select a from AuditEntry a";
    public static final String COUNT_JPQL = "select count(a) from AuditEntry a";

    @Id
    private UUID id;

    @Column(name = "created_at", updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "event_type")
    private String eventType;

    @Column(name = "actor_user_id")
    private UUID actorUserId;

    @Column(name = "actor_role")
    private String actorRole;

    @Column(name = "subject_user_id")
    @Convert(converter = NullableUuid.class)
    private UUID subjectUserId;

    @Column(name = "subject_owner_id")
    @Convert(converter = NullableUuid.class)
    private UUID subjectOwnerId;

    @Column(name = "organization_id")
    @Convert(converter = NullableUuid.class)
    private UUID organizationId;

    @Column(name = "client_address")
    private String clientAddress;

    private boolean success;

    @Column(name = "error_message")
    private String errorMessage;

    /** JSON text: counts by part or table, or hold codes. */
    private String metadata;

    protected AuditEntry() {
        // JPA
    }

    public AuditEntry(AuditEvent event, UUID actorUserId, String actorRole, UUID subjectUserId, UUID subjectOwnerId,
                      UUID organizationId, String clientAddress, boolean success, String errorMessage,
                      String metadata) {
        if (subjectUserId == null && subjectOwnerId == null) {
            throw new IllegalArgumentException("an audit entry names its subject");
        }
        this.id = UUID.randomUUID();
        this.createdAt = Timestamps.now();
        this.eventType = event.toString();
        this.actorUserId = actorUserId;
        this.actorRole = actorRole;
        this.subjectUserId = subjectUserId;
        this.subjectOwnerId = subjectOwnerId;
        this.organizationId = organizationId;
        this.clientAddress = ClientNetwork.of(clientAddress);
        this.success = success;
        this.errorMessage = errorMessage;
        this.metadata = metadata;
    }

    public UUID id() {
        return id;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String eventType() {
        return eventType;
    }

    public UUID actorUserId() {
        return actorUserId;
    }

    public String actorRole() {
        return actorRole;
    }

    public UUID subjectUserId() {
        return subjectUserId;
    }

    public UUID subjectOwnerId() {
        return subjectOwnerId;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public boolean success() {
        return success;
    }

    public String errorMessage() {
        return errorMessage;
    }

    public String metadata() {
        return metadata;
    }
}
