package vn.gov.moj.thidua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency directions of docs/architecture.md, kept by the build. */
@AnalyzeClasses(packages = "vn.gov.moj.thidua", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commonDependsOnNoCapability = noClasses().that().resideInAPackage("..thidua.common..")
            .should().dependOnClassesThat().resideInAnyPackage("..thidua.org..", "..thidua.catalog..", "..thidua.campaign..",
                    "..thidua.scoring..", "..thidua.voting..", "..thidua.nomination..", "..thidua.report..", "..thidua.audit..");

    @ArchTest
    static final ArchRule orgDependsOnNoOtherCapability = noClasses().that().resideInAPackage("..thidua.org..")
            .should().dependOnClassesThat().resideInAnyPackage("..thidua.catalog..", "..thidua.campaign..",
                    "..thidua.scoring..", "..thidua.voting..", "..thidua.nomination..", "..thidua.report..");

    @ArchTest
    static final ArchRule catalogDependsOnNoOtherCapability = noClasses().that().resideInAPackage("..thidua.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("..thidua.org..", "..thidua.campaign..",
                    "..thidua.scoring..", "..thidua.voting..", "..thidua.nomination..", "..thidua.report..");

    @ArchTest
    static final ArchRule votingKnowsNothingOfNominations = noClasses().that().resideInAPackage("..thidua.voting..")
            .should().dependOnClassesThat().resideInAPackage("..thidua.nomination..")
            .allowEmptyShould(true); // guards the voting capability from its first class on

    @ArchTest
    static final ArchRule nothingDependsOnReports = noClasses().that().resideOutsideOfPackage("..thidua.report..")
            .should().dependOnClassesThat().resideInAPackage("..thidua.report..");

    @ArchTest
    static final ArchRule nothingDependsOnTheInbox = noClasses().that().resideOutsideOfPackage("..thidua.inbox..")
            .should().dependOnClassesThat().resideInAPackage("..thidua.inbox..");

    // --- Cross-capability reads go through their owners (issue 14) ------------------------------------------

    /** Another capability's class the inbox and reports may use: its read interface and the small records and enums it returns. */
    private static final DescribedPredicate<JavaClass> OWN_OR_A_READ_SHAPE = DescribedPredicate.describe(
            "in inbox, report or common, outside thidua, or another capability's *Reads interface, record or enum",
            c -> !c.getPackageName().startsWith("vn.gov.moj.thidua.")
                    || c.getPackageName().startsWith("vn.gov.moj.thidua.inbox")
                    || c.getPackageName().startsWith("vn.gov.moj.thidua.report")
                    || c.getPackageName().startsWith("vn.gov.moj.thidua.common")
                    || (c.isInterface() && c.getSimpleName().endsWith("Reads")) || c.isRecord() || c.isEnum());

    @ArchTest
    static final ArchRule inboxAndReportsReadThroughOwners = classes().that().resideInAnyPackage("..thidua.inbox..", "..thidua.report..")
            .should().onlyDependOnClassesThat(OWN_OR_A_READ_SHAPE)
            .because("a capability's tables and states are its own: renaming a campaign state must fail the build, not December's report");

    @ArchTest
    static final ArchRule inboxAndReportsUseNoEntityOrRepository = noClasses().that()
            .resideInAnyPackage("..thidua.inbox..", "..thidua.report..")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository");

    /**
     * No SQL of their own in the inbox and reports. That a capability's native SQL names only its own tables (plus
     * org's for names) is not expressible in ArchUnit (it does not read string constants); the read interfaces keep it.
     */
    @ArchTest
    static final ArchRule inboxAndReportsRunNoQueries = noClasses().that().resideInAnyPackage("..thidua.inbox..", "..thidua.report..")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .orShould().dependOnClassesThat().resideInAPackage("jakarta.persistence..");

    @ArchTest
    static final ArchRule servicesDoNotDependOnResources = noClasses().that().haveSimpleNameEndingWith("Service")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Resource");

    // --- Several identical instances share one database (README, "Several instances") ---------------------------

    @ArchTest
    static final ArchRule noStaticMutableState = fields().that().areStatic().should().beFinal()
            .because("state in one instance's memory is not seen by the others: keep it in PostgreSQL");

    @ArchTest
    static final ArchRule noInstanceCachesOrScheduledJobs = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.quarkus.cache..", "io.quarkus.scheduler..", "com.github.benmanes.caffeine..")
            .because("a cache of mutable data goes stale on the other instances and a scheduled job runs on every"
                    + " instance: either needs a shared store or a database lock first");

    @ArchTest
    static final ArchRule todayIsVietnamsNotTheInstances = noClasses()
            .should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(Year.class, "now")
            .orShould().callMethod(ZoneId.class, "systemDefault")
            .because("instances may run with different time zones (a container defaults to UTC): take the date in"
                    + " Asia/Ho_Chi_Minh");
}
