package org.koprogo.deploy;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The code's shape, enforced on the core and every module the platform ships: boundary → control → entity with
 * arrows one way, modules that know only core-api's boundary, and no package cycles. One test per rule; a broken
 * rule fails the ordinary build ({@code mvn test}) and names every offending dependency.
 */
class ArchitectureTest {

    private static final String CORE = "org.koprogo.core..";
    /** A module's own boundary, control or entity (core-api's boundary is the modules' API, open to all). */
    private static final DescribedPredicate<JavaClass> MODULE_BOUNDARY =
            resideInAPackage("..boundary..").and(not(resideInAPackage(CORE))).as("a module's boundary");
    private static final DescribedPredicate<JavaClass> MODULE_CONTROL =
            resideInAPackage("..control..").and(not(resideInAPackage(CORE))).as("a module's control");
    private static final DescribedPredicate<JavaClass> JAX_RS_OR_JACKSON =
            resideInAnyPackage("jakarta.ws.rs..", "com.fasterxml.jackson..").as("JAX-RS or Jackson");

    private static JavaClasses platform;

    @BeforeAll
    static void importPlatform() {
        platform = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.koprogo.core", "org.koprogo.auth", "org.koprogo.buildings", "org.koprogo.owners",
                        "org.koprogo.expenses", "org.koprogo.meetings", "org.koprogo.documents", "org.koprogo.gdpr",
                        "org.koprogo.seed", "org.koprogo.stats",
                        "org.koprogo.hello"); // the example plugin (examples/module-hello), a model for others
    }

    @Test
    void controlNeverReachesBackToABoundary() {
        noClasses().that().resideInAPackage("..control..")
                .should().dependOnClassesThat(MODULE_BOUNDARY)
                .because("stores and rules take and return entities and control types; resources map them to records")
                .check(platform);
    }

    @Test
    void controlKnowsNoHttp() {
        // the one exception: core-api's OpenAPI control reads the JAX-RS annotations it documents
        noClasses().that().resideInAPackage("..control..").and().resideOutsideOfPackage("org.koprogo.core.openapi..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .because("stores throw core-api's refusals, which core-api maps to problem+json in one place")
                .check(platform);
    }

    @Test
    void entitiesKnowNeitherHttpNorJson() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat(JAX_RS_OR_JACKSON)
                .because("entities check their invariants and throw refusals; the wire is the boundary's business")
                .check(platform);
    }

    @Test
    void entitiesAreTheBottomLayer() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat(MODULE_BOUNDARY.or(MODULE_CONTROL))
                .check(platform);
    }

    @Test
    void modulesNeverImportEachOther() {
        slices().matching("org.koprogo.(*)..").namingSlices("module $1")
                .should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage(CORE))
                .because("modules meet only through core-api's contracts, so each can be disabled or dropped in alone")
                .check(platform);
    }

    @Test
    void coreKnowsNoModule() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat(resideInAPackage("org.koprogo..").and(not(resideInAPackage(CORE))))
                .check(platform);
    }

    @Test
    void modulesUseOnlyTheCoresBoundary() {
        noClasses().that().resideOutsideOfPackage(CORE)
                .should().dependOnClassesThat().resideInAPackage("org.koprogo.core..control..")
                .because("core-api's boundary is its API; its control is internal and may change")
                .check(platform);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.koprogo.(**)").namingSlices("package $1")
                .should().beFreeOfCycles()
                .check(platform);
    }

    @Test
    void noComponentCycles() {
        slices().matching("org.koprogo.(*).(*)..").namingSlices("component $1.$2")
                .should().beFreeOfCycles()
                .check(platform);
    }

    @Test
    void resourcesLiveInBoundaries() {
        classes().that().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().resideInAPackage("..boundary..")
                .check(platform);
    }

    @Test
    void entitiesLiveInEntityPackages() {
        classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .should().resideInAPackage("..entity..")
                .check(platform);
    }

    @Test
    void requestsAndResponsesAreRecords() {
        classes().that().resideInAPackage("..boundary..")
                .and().haveSimpleNameEndingWith("Request").or().haveSimpleNameEndingWith("Response")
                .should(beRecords())
                .because("what crosses the wire is a value, never an entity")
                .check(platform);
    }

    private static ArchCondition<JavaClass> beRecords() {
        return new ArchCondition<>("be records") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean record = type.isAssignableTo(Record.class);
                events.add(new SimpleConditionEvent(type, record, type.getName() + (record ? " is" : " is not")
                        + " a record"));
            }
        };
    }
}
