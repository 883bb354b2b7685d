package io.slipway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries and house rules that the compiler does not check. */
class ArchitectureTest {

    private static final JavaClasses SLIPWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.slipway");

    @Test
    void keepsModulesApartAndWritesTheirDocumentation() {
        ApplicationModules modules = ApplicationModules.of(SlipwayApplication.class);
        modules.verify();
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    @Test
    void keepsKubernetesTypesInsideTheDeployer() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.slipway.deployer..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.fabric8..")
                .check(SLIPWAY);
    }

    @Test
    void keepsVaadinComponentsInsideUiPackages() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin.flow.component..", "com.vaadin.flow.router..")
                .check(SLIPWAY);
    }

    @Test
    void givesEveryViewAnExplicitAccessRule() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .orShould()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(DenyAll.class)
                .check(SLIPWAY);
    }

    @Test
    void keepsRepositoriesInsideTheirModule() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .notBePublic()
                .check(SLIPWAY);
    }

    @Test
    void logsThroughSlf4jOnly() {
        noClasses()
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(SLIPWAY);
    }
}
