package org.koprogo.core.privacy.boundary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/**
 * The core's part of an erasure: the responses kept for {@code Idempotency-Key} replays (a day long) hold whatever
 * the requests answered, a person's name or e-mail among it. Those of the subject's sign-in go, and those of anyone
 * whose stored answer names the subject (its ids, or its words as they were before the erasure).
 */
@ApplicationScoped
public class StoredResponses {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /**
     * Deletes them in the caller's transaction.
     *
     * @param words what names the subject besides its ids (e-mail addresses), matched in any case
     * @return how many were deleted
     */
    public int erase(DataSubject subject, Collection<String> words) {
        List<String> clauses = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        subject.user().ifPresent(id -> {
            clauses.add("user_id = ?");
            values.add(id);
        });
        List<String> needles = new ArrayList<>();
        subject.user().ifPresent(id -> needles.add(id.toString()));
        subject.owner().ifPresent(id -> needles.add(id.toString()));
        words.stream().filter(Objects::nonNull).filter(word -> !word.isBlank()).forEach(needles::add);
        for (String needle : needles) {
            clauses.add("strpos(lower(response_body), lower(?)) > 0");
            values.add(needle);
        }
        StringBuilder sql = new StringBuilder("delete from idempotency_keys where ");
        for (int i = 0; i < clauses.size(); i++) {
            sql.append(i == 0 ? "" : " or ").append(clauses.get(i).replace("?", "?" + (i + 1)));
        }
        Query delete = em.createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            delete.setParameter(i + 1, values.get(i));
        }
        return delete.executeUpdate();
    }
}
