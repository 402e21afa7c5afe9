package org.koprogo.core.module.boundary;

import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;


/**
 * Which modules run, in dependency order, given those installed and those disabled by configuration.
 * Every inconsistency is a {@link ModuleConfigurationException} naming the modules involved, so that a
 * misconfigured platform refuses to start instead of serving half its routes.
 */
public final class ModulePlan {

    private final List<PlatformModule> installed;
    private final List<PlatformModule> enabled;

    private ModulePlan(List<PlatformModule> installed, List<PlatformModule> enabled) {
        this.installed = List.copyOf(installed);
        this.enabled = List.copyOf(enabled);
    }

    public static ModulePlan of(Collection<? extends PlatformModule> installed, Set<String> disabled) {
        Map<String, PlatformModule> byName = new TreeMap<>();
        for (PlatformModule module : installed) {
            PlatformModule clash = byName.put(module.name(), module);
            if (clash != null) {
                throw new ModuleConfigurationException("two modules are named '" + module.name() + "': "
                        + origin(clash) + " and " + origin(module));
            }
        }
        for (String name : disabled) {
            if (!byName.containsKey(name)) {
                throw new ModuleConfigurationException("KOPROGO_MODULES_DISABLED names unknown module '" + name
                        + "'; installed modules: " + String.join(", ", byName.keySet()));
            }
        }
        for (PlatformModule module : byName.values()) {
            if (disabled.contains(module.name())) {
                continue;
            }
            for (String required : module.requires()) {
                if (!byName.containsKey(required)) {
                    throw new ModuleConfigurationException("module '" + module.name() + "' requires module '"
                            + required + "', which is not installed");
                }
                if (disabled.contains(required)) {
                    throw new ModuleConfigurationException("module '" + module.name() + "' requires module '"
                            + required + "', which is disabled by KOPROGO_MODULES_DISABLED; disable '"
                            + module.name() + "' too or enable '" + required + "'");
                }
            }
        }
        return new ModulePlan(new ArrayList<>(byName.values()), dependencyOrder(byName, disabled));
    }

    /**
     * The module's class and the jar it was loaded from: a module may come from a plugin jar an operator dropped
     * into KOPROGO_MODULES_DIR, which they know by its file name, not by its classes.
     */
    static String origin(PlatformModule module) {
        Class<?> type = module.getClass();
        while (type.getName().contains("$Proxy$")) { // Weld's client proxy extends the bean's class
            type = type.getSuperclass();
        }
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return type.getName();
        }
        String location = source.getLocation().getPath().replaceFirst("/$", "");
        return type.getName() + " (" + location.substring(location.lastIndexOf('/') + 1) + ")";
    }

    /** Requirements before the modules that need them (their tables first); ties broken by name. */
    private static List<PlatformModule> dependencyOrder(Map<String, PlatformModule> byName, Set<String> disabled) {
        Set<String> done = new LinkedHashSet<>();
        List<PlatformModule> ordered = new ArrayList<>();
        for (String name : byName.keySet()) {
            if (!disabled.contains(name)) {
                visit(byName.get(name), byName, done, new LinkedHashSet<>(), ordered);
            }
        }
        return ordered;
    }

    private static void visit(PlatformModule module, Map<String, PlatformModule> byName, Set<String> done,
                              Set<String> path, List<PlatformModule> ordered) {
        if (done.contains(module.name())) {
            return;
        }
        if (!path.add(module.name())) {
            throw new ModuleConfigurationException("modules require each other in a cycle: "
                    + String.join(" -> ", path) + " -> " + module.name());
        }
        module.requires().stream().sorted(Comparator.naturalOrder())
                .forEach(required -> visit(byName.get(required), byName, done, path, ordered));
        path.remove(module.name());
        done.add(module.name());
        ordered.add(module);
    }

    /** Enabled modules, each after the modules it requires. */
    public List<PlatformModule> enabled() {
        return enabled;
    }

    /** Every installed module, by name. */
    public List<PlatformModule> installed() {
        return installed;
    }

    public boolean isEnabled(PlatformModule module) {
        return enabled.contains(module);
    }

    public boolean isEnabled(String name) {
        return enabled.stream().anyMatch(module -> module.name().equals(name));
    }
}
