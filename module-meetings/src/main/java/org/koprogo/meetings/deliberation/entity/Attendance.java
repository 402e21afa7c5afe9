package org.koprogo.meetings.deliberation.entity;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.koprogo.core.database.boundary.NullableUuid;

/**
 * One co-owner's attendance at an assembly, with the quotas they hold in the building on its date. Before the
 * opening only those present or represented have a row; the opening gives the absent ones theirs and freezes
 * every quota.
 */
@Entity
@Table(name = "meeting_attendances")
public class Attendance {

    @Id
    private UUID id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private UUID meetingId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;

    @Convert(converter = Presence.Column.class)
    private Presence presence;

    @Column(name = "proxy_holder_owner_id")
    @Convert(converter = NullableUuid.class)
    private UUID proxyHolderOwnerId;

    @Column(name = "proxy_holder_name")
    private String proxyHolderName;

    private BigDecimal quota;

    @Version
    private int version;

    protected Attendance() {
        // JPA
    }

    /** @param holder who represents the co-owner, null for one present in person or absent */
    public Attendance(UUID meetingId, UUID ownerId, BigDecimal quota, Presence presence, ProxyHolder holder) {
        if (meetingId == null || ownerId == null) {
            throw new IllegalArgumentException("an attendance is one co-owner's at one meeting");
        }
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.ownerId = ownerId;
        attend(quota, presence, holder);
    }

    /** Changes how the co-owner attends, with their quota as it stands now. */
    public void attend(BigDecimal quota, Presence presence, ProxyHolder holder) {
        if (quota == null || quota.signum() < 0 || presence == null
                || (presence == Presence.REPRESENTED) != (holder != null)) {
            throw new IllegalArgumentException("a co-owner is represented by a holder, or attends without one");
        }
        this.quota = quota;
        this.presence = presence;
        this.proxyHolderOwnerId = holder == null ? null : holder.ownerId();
        this.proxyHolderName = holder == null ? null : holder.name();
    }

    public boolean isPresentOrRepresented() {
        return presence != Presence.ABSENT;
    }

    /** Who carries this co-owner's votes at the assembly: themselves, their proxy holder, or nobody (absent). */
    public String participantKey() {
        return switch (presence) {
            case ABSENT -> null;
            case PRESENT -> ownerId.toString();
            case REPRESENTED -> proxyHolder().key();
        };
    }

    public ProxyHolder proxyHolder() {
        return presence == Presence.REPRESENTED ? new ProxyHolder(proxyHolderOwnerId, proxyHolderName) : null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getMeetingId() {
        return meetingId;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public Presence getPresence() {
        return presence;
    }

    public BigDecimal getQuota() {
        return quota;
    }

    public int getVersion() {
        return version;
    }
}
