package org.koprogo.hello.greeting.control;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.koprogo.core.tenancy.boundary.Caller;
import org.koprogo.hello.greeting.entity.Greeting;

@ApplicationScoped
public class GreetingStore {

    @PersistenceContext(unitName = "hello")
    EntityManager em;

    @Inject
    Caller caller;

    @Transactional
    public Greeting create(UUID organizationId, String text) {
        Greeting greeting = new Greeting(organizationId, text);
        em.persist(greeting);
        return greeting;
    }

    /** Another organization's greeting is as absent as one that does not exist. */
    public Optional<Greeting> find(UUID id) {
        return Optional.ofNullable(em.find(Greeting.class, id))
                .filter(greeting -> caller.canSee(greeting.getOrganizationId()));
    }
}
