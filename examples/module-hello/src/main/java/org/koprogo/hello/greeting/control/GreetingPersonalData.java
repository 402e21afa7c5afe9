package org.koprogo.hello.greeting.control;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.core.privacy.boundary.ErasureHold;
import org.koprogo.core.privacy.boundary.ExportPart;
import org.koprogo.core.privacy.boundary.PersonalData;
import org.koprogo.hello.HelloModule;
import org.koprogo.hello.greeting.entity.Greeting;

/**
 * The plugin's part in a person's GDPR rights, as any module added later takes part: the greetings their sign-in
 * wrote, exported with the members the API answers with, and deleted on erasure — their own words, which no law
 * keeps.
 */
@ApplicationScoped
public class GreetingPersonalData implements PersonalData {

    static final ExportPart GREETINGS = ExportPart.list("greetings");

    /** A greeting in the export. */
    public record ExportedGreeting(UUID id, String text, OffsetDateTime createdAt) {

        static ExportedGreeting of(Greeting greeting) {
            return new ExportedGreeting(greeting.getId(), greeting.getText(), greeting.getCreatedAt());
        }
    }

    @Inject
    GreetingStore store;

    @Override
    public String module() {
        return HelloModule.NAME;
    }

    @Override
    public List<ExportPart> parts() {
        return List.of(GREETINGS);
    }

    @Override
    public void export(DataSubject subject, ExportPart part, Consumer<Object> records) {
        if (!GREETINGS.equals(part)) {
            throw new IllegalArgumentException("module hello exports no part " + part.name());
        }
        subject.user().ifPresent(user -> store.writtenBy(user,
                batch -> batch.stream().map(ExportedGreeting::of).forEach(records)));
    }

    @Override
    public List<ErasureHold> holds(DataSubject subject) {
        return List.of();
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        return subject.user().map(user -> Map.of(GREETINGS.name(), store.deleteWrittenBy(user))).orElse(Map.of());
    }
}
