package org.onebacklog.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules ARCHITECTURE.md states, checked on the compiled classes: packages by feature with dependencies that
 * point one way, events at the bottom, pages and APIs that leave queries to services, live views rendered through
 * an interface.
 */
class ArchitectureTest {

    static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onebacklog");

    /** Panache's query and write methods: a page or API calling them is doing a service's job. */
    static final Set<String> QUERIES = Set.of("find", "findAll", "list", "listAll", "stream", "streamAll", "count",
            "delete", "deleteAll", "update", "getEntityManager");

    @Test
    void featurePackagesDependOnEachOtherOneWayOnly() {
        slices().matching("org.onebacklog.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void eventsDependOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.onebacklog.events..")
                .should().dependOnClassesThat(resideInAPackage("org.onebacklog..")
                        .and(not(resideInAPackage("org.onebacklog.events.."))))
                .check(APP);
    }

    @Test
    void theWebShellKnowsNoFeature() {
        noClasses().that().resideInAPackage("org.onebacklog.web..")
                .should().dependOnClassesThat(resideInAPackage("org.onebacklog..")
                        .and(not(resideInAPackage("org.onebacklog.web..")))
                        .and(not(resideInAPackage("org.onebacklog.failure..")))
                        .and(not(resideInAPackage("org.onebacklog.store.."))))
                .check(APP);
    }

    @Test
    void liveRendersThroughTheViewsItIsGivenAndKnowsNoFeature() {
        noClasses().that().resideInAPackage("org.onebacklog.live..")
                .should().dependOnClassesThat().resideInAnyPackage("org.onebacklog.board..", "org.onebacklog.tv..",
                        "org.onebacklog.backlog..", "org.onebacklog.sprint..", "org.onebacklog.history..")
                .check(APP);
    }

    @Test
    void servicesKnowNothingOfHttp() {
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().resideInAnyPackage("org.onebacklog.web..", "jakarta.ws.rs..",
                        "io.vertx..")
                .check(APP);
    }

    @Test
    void pagesAndApisLeaveQueriesToServices() {
        noClasses().that().haveSimpleNameEndingWith("Page").or().haveSimpleNameEndingWith("Api")
                .should().callMethodWhere(panacheQuery())
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(APP);
    }

    @Test
    void onlyTheHistoryWritesTheRecord() {
        noClasses().that().resideOutsideOfPackage("org.onebacklog.history..")
                .should().dependOnClassesThat().haveSimpleName("HistoryRecorder")
                .check(APP);
    }

    private static DescribedPredicate<JavaAccess<?>> panacheQuery() {
        return DescribedPredicate.describe("a Panache query or write", access ->
                QUERIES.contains(access.getName())
                        && access.getTargetOwner().isAssignableTo(PanacheEntityBase.class));
    }
}
