package th.tambondesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Entity;

import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClass;
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

    /**
     * Inside the LINE module the durable queue is a thing of its own: it stores and hands out events and knows
     * neither LINE nor the adapter around it, and the module's parts depend on each other in one direction only.
     */
    @Test
    void theDurableQueueKnowsNothingOfLine() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("th.tambondesk.line");
        noClasses().that().resideInAPackage("th.tambondesk.line.queue..")
                .should().dependOnClassesThat().resideInAnyPackage("com.linecorp.bot..", "th.tambondesk.line",
                        "th.tambondesk.line.channel..", "th.tambondesk.line.outbox..", "th.tambondesk.line.render..",
                        "th.tambondesk.line.webhook..", "th.tambondesk.line.richmenu..")
                .check(classes);
        slices().matching("th.tambondesk.line.(*)..").should().beFreeOfCycles().check(classes);
        noClasses().that().resideInAPackage("th.tambondesk.line.*..")
                .should().dependOnClassesThat().resideInAPackage("th.tambondesk.line")
                .because("the package th.tambondesk.line wires the parts together; they do not reach back into it")
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

    /** NullAway checks only {@code @NullMarked} code: a package without the mark would go unchecked unnoticed. */
    @Test
    void everyPackageIsNullMarkedSoThatNullAwayChecksIt() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("th.tambondesk", "db.migration");
        Set<String> unmarked = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            if (!javaClass.getPackage().isAnnotatedWith(NullMarked.class)) {
                unmarked.add(javaClass.getPackageName());
            }
        }
        assertThat(unmarked).as("packages without @NullMarked in their package-info.java").isEmpty();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
