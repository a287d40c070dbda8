package th.tambondesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TambonDeskApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiInTheAllowedDirection() {
        modules.verify();
    }

    @Test
    void onlyTheLineModuleKnowsTheLineSdk() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("th.tambondesk");
        noClasses().that().resideOutsideOfPackage("th.tambondesk.line..")
                .should().dependOnClassesThat().resideInAPackage("com.linecorp.bot..")
                .check(classes);
    }

    @Test
    void entitiesAndRepositoriesStayInsideTheirModule() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("th.tambondesk");
        classes().that().areAnnotatedWith(Entity.class)
                .or().areAssignableTo(Repository.class)
                .should().notBePublic()
                .because("a module shows views and commands, never its tables")
                .check(classes);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
