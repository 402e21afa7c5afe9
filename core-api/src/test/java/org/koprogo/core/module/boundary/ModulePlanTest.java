package org.koprogo.core.module.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ModulePlanTest {

    record Module(String name, Set<String> requires) implements PlatformModule {
        @Override
        public Set<Class<?>> resources() {
            return Set.of();
        }
    }

    static final Module AUTH = new Module("auth", Set.of());
    static final Module BUILDINGS = new Module("buildings", Set.of("auth"));
    static final Module OWNERS = new Module("owners", Set.of("buildings"));
    static final Module EXPENSES = new Module("expenses", Set.of("buildings"));
    static final Module SEED = new Module("seed", Set.of("owners", "expenses"));
    static final List<Module> ALL = List.of(SEED, EXPENSES, OWNERS, BUILDINGS, AUTH);

    @Test
    void ordersRequirementsFirst() {
        List<String> order = ModulePlan.of(ALL, Set.of()).enabled().stream().map(PlatformModule::name).toList();
        assertEquals(List.of("auth", "buildings", "expenses", "owners", "seed"), order);
    }

    @Test
    void leavesDisabledModulesOutButListsThem() {
        ModulePlan plan = ModulePlan.of(ALL, Set.of("seed", "expenses"));
        assertEquals(List.of(AUTH, BUILDINGS, OWNERS), plan.enabled());
        assertEquals(5, plan.installed().size());
        assertFalse(plan.isEnabled(EXPENSES));
        assertTrue(plan.isEnabled(OWNERS));
    }

    @Test
    void refusesADisabledRequirementNamingBoth() {
        var failure = assertThrows(ModuleConfigurationException.class, () -> ModulePlan.of(ALL, Set.of("owners")));
        assertEquals("module 'seed' requires module 'owners', which is disabled by KOPROGO_MODULES_DISABLED; "
                + "disable 'seed' too or enable 'owners'", failure.getMessage());
    }

    @Test
    void refusesAMissingRequirement() {
        var failure = assertThrows(ModuleConfigurationException.class,
                () -> ModulePlan.of(List.of(BUILDINGS), Set.of()));
        assertTrue(failure.getMessage().contains("'buildings' requires module 'auth', which is not installed"));
    }

    @Test
    void refusesUnknownDisabledNamesAndDuplicatesAndCycles() {
        assertThrows(ModuleConfigurationException.class, () -> ModulePlan.of(ALL, Set.of("expense")));
        assertThrows(ModuleConfigurationException.class,
                () -> ModulePlan.of(List.of(AUTH, new Module("auth", Set.of())), Set.of()));
        var cycle = assertThrows(ModuleConfigurationException.class, () -> ModulePlan.of(
                List.of(new Module("a", Set.of("b")), new Module("b", Set.of("a"))), Set.of()));
        assertTrue(cycle.getMessage().contains("a -> b -> a"), cycle.getMessage());
    }

    @Test
    void parsesTheDisabledListLeniently() {
        assertEquals(Set.of("expenses", "seed"), ModuleRegistry.parse(" Expenses,, seed ,"));
        assertEquals(Set.of(), ModuleRegistry.parse(""));
    }

    @Test
    void twoModulesOfOneNameAreRefusedNamingTheirClassesAndJars() {
        ModuleConfigurationException clash = assertThrows(ModuleConfigurationException.class,
                () -> ModulePlan.of(List.of(AUTH, new Module("auth", Set.of())), Set.of()));
        String module = Module.class.getName() + " (test-classes)";
        assertEquals("two modules are named 'auth': " + module + " and " + module, clash.getMessage());
    }
}
