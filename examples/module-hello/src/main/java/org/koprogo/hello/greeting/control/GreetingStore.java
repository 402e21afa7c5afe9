package org.koprogo.hello.greeting.control;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.hello.greeting.entity.Greeting;

@ApplicationScoped
public class GreetingStore {

    static final int BATCH = 200;

    @PersistenceContext(unitName = "hello")
    EntityManager em;

    @Inject
    Caller caller;

    /** Written by the caller, in their words. */
    @Transactional
    public Greeting create(UUID organizationId, String text) {
        Greeting greeting = new Greeting(organizationId, text, caller.userId());
        em.persist(greeting);
        return greeting;
    }

    /** Another organization's greeting is as absent as one that does not exist. */
    public Optional<Greeting> find(UUID id) {
        return Optional.ofNullable(em.find(Greeting.class, id))
                .filter(greeting -> caller.canSee(greeting.getOrganizationId()));
    }

    /** Hands the greetings the sign-in wrote, oldest first, a batch at a time, outside the persistence context. */
    public void writtenBy(UUID authorId, Consumer<List<Greeting>> batches) {
        Greeting last = null;
        List<Greeting> batch;
        do {
            TypedQuery<Greeting> query = em.createQuery("select g from Greeting g where g.authorId = :author"
                    + (last == null ? "" : " and (g.createdAt > :date or (g.createdAt = :date and g.id > :id))")
                    + " order by g.createdAt, g.id", Greeting.class).setParameter("author", authorId);
            if (last != null) {
                query.setParameter("date", last.getCreatedAt()).setParameter("id", last.getId());
            }
            batch = query.setHint("eclipselink.read-only", true).setMaxResults(BATCH).getResultList();
            if (!batch.isEmpty()) {
                batches.accept(batch);
                last = batch.get(batch.size() - 1);
            }
        } while (batch.size() == BATCH);
    }

    /** Deletes the greetings the sign-in wrote, in the caller's transaction; how many. */
    @Transactional
    public int deleteWrittenBy(UUID authorId) {
        return em.createQuery("delete from Greeting g where g.authorId = :author")
                .setParameter("author", authorId).executeUpdate();
    }
}
