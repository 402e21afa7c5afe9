package org.koprogo.core.module.boundary;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;


/** Lists the installed modules and whether configuration enabled them. */
@Path("modules")
@ApplicationScoped
public class ModulesResource {

    public record ModuleState(String name, boolean enabled, List<String> requires) {
    }

    public record ModuleList(List<ModuleState> data) {
    }

    @Inject
    ModuleRegistry registry;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ModuleList modules() {
        var plan = registry.current();
        return new ModuleList(plan.installed().stream()
                .map(m -> new ModuleState(m.name(), plan.isEnabled(m), m.requires().stream().sorted().toList()))
                .toList());
    }
}
