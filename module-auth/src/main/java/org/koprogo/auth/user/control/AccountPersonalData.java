package org.koprogo.auth.user.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.koprogo.auth.user.entity.User;
import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.core.privacy.boundary.ErasureHold;
import org.koprogo.core.privacy.boundary.ExportPart;
import org.koprogo.core.privacy.boundary.PersonalData;
import org.koprogo.core.tenancy.boundary.Role;

/**
 * module-auth's part in a person's GDPR rights: their sign-in ({@code user}), the platform's last superadmin kept
 * from erasing itself, and the account's erasure, which ends its sessions at once.
 */
@ApplicationScoped
public class AccountPersonalData implements PersonalData {

    static final ExportPart USER = ExportPart.single("user");
    static final String LAST_SUPERADMIN = "last_superadmin";

    @PersistenceContext(unitName = "auth")
    EntityManager em;

    @Inject
    UserStore users;

    @Inject
    Passwords passwords;

    @Inject
    SignInTraces signIns;

    @Override
    public String module() {
        return "auth";
    }

    @Override
    public List<ExportPart> parts() {
        return List.of(USER);
    }

    @Override
    public void export(DataSubject subject, ExportPart part, Consumer<Object> records) {
        account(subject).map(AccountExport::of).ifPresent(records);
    }

    /** The platform must keep someone to administer it. */
    @Override
    public List<ErasureHold> holds(DataSubject subject) {
        boolean lastSuperadmin = account(subject)
                .filter(user -> user.isActive() && user.roles().stream().anyMatch(held -> held.role() == Role.SUPERADMIN))
                .isPresent() && users.activeSuperadmins() <= 1;
        return lastSuperadmin ? List.of(new ErasureHold(module(), LAST_SUPERADMIN, "This account is the platform's"
                + " only active superadmin: another superadmin must exist before it is erased")) : List.of();
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        Optional<User> found = subject.user()
                .map(id -> em.find(User.class, id, LockModeType.PESSIMISTIC_WRITE)).filter(user -> !user.isErased());
        if (found.isEmpty()) {
            return Map.of();
        }
        User user = found.get();
        String email = user.email();
        user.erase(passwords.hash(UUID.randomUUID().toString()));
        Map<String, Integer> erased = new LinkedHashMap<>();
        erased.put("users", 1);
        erased.putAll(signIns.forget(user.id(), email));
        return erased;
    }

    private Optional<User> account(DataSubject subject) {
        return subject.user().map(id -> em.find(User.class, id));
    }
}
