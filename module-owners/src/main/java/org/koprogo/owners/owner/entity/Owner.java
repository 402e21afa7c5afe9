package org.koprogo.owners.owner.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.koprogo.core.json.boundary.Emails;
import org.koprogo.core.paging.boundary.CountedRows;
import org.koprogo.core.database.boundary.NullableUuid;
import org.koprogo.core.database.boundary.Timestamps;
import org.koprogo.core.refusal.boundary.RuleViolation;

/**
 * A co-owner of an organization; may be linked to the platform user (role owner) who reads as them. Erased (GDPR
 * article 17), it keeps its id, link, shares and history for the co-ownership's accounts, and none of its contact.
 */
@Entity
@CountedRows
@Table(name = "owners")
@NamedQuery(name = Owner.BY_USER, query = "select o from Owner o where o.userId = :user")
public class Owner {

    public static final String SELECT_JPQL = "select o from Owner o";
    public static final String COUNT_JPQL = "select count(o) from Owner o";
    public static final String BY_USER = "Owner.byUser";
    /** Matches the trigram index owners_search. */
    public static final String SEARCH_JPQL =
            "lower(concat(concat(concat(concat(o.firstName, ' '), o.lastName), ' '), o.email)) like :search";

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    @Column(name = "user_id")
    @Convert(converter = NullableUuid.class)
    private UUID userId;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    private String email;
    private String phone;
    private String address;
    private String city;

    @Column(name = "postal_code")
    private String postalCode;

    private String country;

    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    @Version
    private int version;

    @Column(name = "created_at", updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Owner() {
        // JPA
    }

    public Owner(UUID organizationId, Contact contact) {
        if (organizationId == null) {
            throw new IllegalArgumentException("an owner belongs to an organization");
        }
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        describe(contact);
        this.createdAt = updatedAt;
    }

    /** An owner's contact details, as one value so that create and update share their rules. */
    public record Contact(String firstName, String lastName, String email, String phone, String address,
                          String city, String postalCode, String country) {

        public Contact {
            if (firstName == null || firstName.isBlank() || lastName == null || lastName.isBlank()
                    || email == null || !email.contains("@")) {
                throw new IllegalArgumentException("an owner needs a first name, a last name and an email");
            }
            email = Emails.normalised(email);
        }
    }

    /** An erased owner is described no more: its contact would come back in the record the law keeps. */
    public final void describe(Contact contact) {
        RuleViolation.require(!isErased(), "Owner " + id + " was erased: it holds no contact details any more");
        this.firstName = contact.firstName();
        this.lastName = contact.lastName();
        this.email = contact.email();
        this.phone = contact.phone();
        this.address = contact.address();
        this.city = contact.city();
        this.postalCode = contact.postalCode();
        this.country = contact.country();
        this.updatedAt = Timestamps.now();
    }

    public void linkUser(UUID userId) {
        this.userId = userId;
        this.updatedAt = Timestamps.now();
    }

    /**
     * Replaces the contact with words that are nobody's: no longer found by its old name or e-mail address, which
     * another owner of the organization may take again.
     */
    public void erase() {
        this.firstName = "Erased";
        this.lastName = "Owner";
        this.email = "erased-" + id + "@erased.invalid";
        this.phone = null;
        this.address = null;
        this.city = null;
        this.postalCode = null;
        this.country = null;
        this.erasedAt = Timestamps.now();
        this.updatedAt = erasedAt;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public String getCity() {
        return city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountry() {
        return country;
    }

    public OffsetDateTime getErasedAt() {
        return erasedAt;
    }

    public int getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
