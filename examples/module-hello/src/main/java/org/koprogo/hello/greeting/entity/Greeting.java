package org.koprogo.hello.greeting.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.koprogo.core.database.boundary.NullableUuid;
import org.koprogo.core.database.boundary.Timestamps;

/** A greeting an organization keeps, in its author's words. */
@Entity
@Table(name = "hello_greetings")
public class Greeting {

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false)
    private UUID organizationId;

    private String text;

    /** The sign-in that wrote it; null for a greeting written before authors were kept. */
    @Column(name = "author_id", updatable = false)
    @Convert(converter = NullableUuid.class)
    private UUID authorId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Greeting() {
        // JPA
    }

    public Greeting(UUID organizationId, String text, UUID authorId) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.text = text;
        this.authorId = authorId;
        this.createdAt = Timestamps.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getText() {
        return text;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
