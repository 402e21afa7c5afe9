package org.koprogo.gdpr.rights.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.core.privacy.boundary.OwnerRecords;
import org.koprogo.core.privacy.boundary.OwnerRecords.OwnerRecord;
import org.koprogo.core.refusal.boundary.NotFound;
import org.koprogo.core.refusal.boundary.RuleViolation;
import org.koprogo.core.tenancy.boundary.Caller;

/**
 * Who a request is about: a sign-in with the owner record linked to it, or an owner record with no sign-in. What
 * the platform knows of them is read through the export's own parts, {@code user} (module-auth) and {@code owners}
 * (module-owners), so that this module reads no other module's tables.
 */
@ApplicationScoped
public class Subjects {

    static final String USER_PART = "user";
    static final String OWNERS_PART = "owners";

    @Inject
    DataModules modules;

    /** module-owners' side; without it a data subject is a sign-in alone. */
    @Inject
    Instance<OwnerRecords> ownerRecords;

    /**
     * The sign-in {@code userId}, with its owner record; 404 when there is no such sign-in. Read through the
     * {@code user} part rather than core-api's {@code Members}, which knows no closed account: an erased one must
     * still be found, to answer 410.
     */
    public DataSubject user(UUID userId) {
        JsonNode user = modules.record(new DataSubject(userId, null, null), USER_PART)
                .orElseThrow(() -> new NotFound("No user " + userId));
        UUID owner = owners().flatMap(records -> records.ownerLinkedTo(userId)).orElse(null);
        return new DataSubject(userId, owner, uuid(user.get("organization_id")));
    }

    /**
     * The owner record, for the caller managing its organization: 404 for another organization's, 409 for one
     * linked to a sign-in, whose rights its holder exercises (or a superadmin, by the user's id).
     */
    public DataSubject ownerWithoutSignIn(UUID ownerId, Caller caller) {
        OwnerRecord owner = owners().flatMap(records -> records.owner(ownerId))
                .filter(record -> caller.canSee(record.organizationId()))
                .orElseThrow(() -> new NotFound("No owner " + ownerId));
        if (owner.userId() != null) {
            throw new RuleViolation("Owner " + ownerId + " signs in as user " + owner.userId() + ": they export and"
                    + " erase their data themselves, or a superadmin does (/api/v1/admin/gdpr/users/" + owner.userId()
                    + ")");
        }
        return new DataSubject(null, ownerId, owner.organizationId());
    }

    /** What the erasure needs to know of the subject, read before it. */
    public Identity identity(DataSubject subject) {
        Optional<JsonNode> user = subject.user().flatMap(id -> modules.record(subject, USER_PART));
        List<JsonNode> owners = subject.owner().isPresent() ? modules.records(subject, OWNERS_PART) : List.of();
        JsonNode named = user.or(() -> owners.stream().findFirst()).orElse(null);
        boolean erased = user.map(Subjects::anonymized)
                .orElse(!owners.isEmpty() && owners.stream().allMatch(Subjects::anonymized));
        List<String> emails = new ArrayList<>();
        user.map(record -> text(record, "email")).ifPresent(emails::add);
        owners.stream().map(record -> text(record, "email")).filter(email -> email != null).forEach(emails::add);
        return new Identity(erased, text(named, "email"), text(named, "first_name"), text(named, "last_name"),
                emails);
    }

    /**
     * @param erased the subject's data was erased already
     * @param email  its e-mail and name before the erasure, told to the person in its answer
     * @param emails every e-mail address it is known by, whose stored responses go with it
     */
    public record Identity(boolean erased, String email, String firstName, String lastName, List<String> emails) {
    }

    private Optional<OwnerRecords> owners() {
        return ownerRecords.isResolvable() ? Optional.of(ownerRecords.get()) : Optional.empty();
    }

    private static boolean anonymized(JsonNode record) {
        return record.path("is_anonymized").asBoolean(false);
    }

    private static String text(JsonNode record, String member) {
        return record == null || !record.path(member).isTextual() ? null : record.path(member).asText();
    }

    private static UUID uuid(JsonNode value) {
        return value == null || !value.isTextual() ? null : UUID.fromString(value.asText());
    }
}
