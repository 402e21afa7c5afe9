package org.koprogo.gdpr.rights.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.koprogo.core.json.boundary.JsonMapping;
import org.koprogo.core.module.boundary.ModuleRegistry;
import org.koprogo.core.module.boundary.PlatformModule;
import org.koprogo.core.privacy.boundary.DataSubject;
import org.koprogo.core.privacy.boundary.PersonalData;

/**
 * Every enabled module's {@link PersonalData}, in the module plan's order (requirements first): a module added
 * later as a jar takes part by implementing it, a disabled one is left alone.
 */
@ApplicationScoped
public class DataModules {

    @Inject
    @Any
    Instance<PersonalData> implementations;

    @Inject
    ModuleRegistry modules;

    public List<PersonalData> enabled() {
        return inPlanOrder(modules.current().enabled().stream().map(PlatformModule::name).toList(),
                implementations.stream().toList());
    }

    static List<PersonalData> inPlanOrder(List<String> enabled, List<PersonalData> implementations) {
        return implementations.stream().filter(data -> enabled.contains(data.module()))
                .sorted(Comparator.comparingInt((PersonalData data) -> enabled.indexOf(data.module()))
                        .thenComparing(data -> data.getClass().getName()))
                .toList();
    }

    /** The records of one part about the subject, as their JSON; none when no enabled module writes that part. */
    public List<JsonNode> records(DataSubject subject, String partName) {
        List<JsonNode> records = new ArrayList<>();
        for (PersonalData data : enabled()) {
            data.parts().stream().filter(part -> part.name().equals(partName)).findFirst()
                    .ifPresent(part -> data.export(subject, part,
                            record -> records.add(JsonMapping.MAPPER.valueToTree(record))));
        }
        return records;
    }

    /** The record of a single part, such as the sign-in's ({@code user}). */
    public Optional<JsonNode> record(DataSubject subject, String partName) {
        return records(subject, partName).stream().findFirst();
    }
}
