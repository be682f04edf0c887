package hu.webshopsync.host;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module boundaries of DESIGN §2 that concern the host.
 */
@AnalyzeClasses(packages = "hu.webshopsync", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    /**
     * ArchUnit's DoNotIncludeTests only knows test folders named target/test-classes; builds moved with
     * -Dhost.build.dir keep test classes elsewhere, and test fixtures must not count as the host's design.
     */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule hostReachesPluginsOnlyThroughTheApi = noClasses()
            .that().resideInAPackage("hu.webshopsync.host..")
            .should().dependOnClassesThat().resideInAnyPackage("hu.webshopsync.webshop..", "hu.webshopsync.plugin..");

    @ArchTest
    static final ArchRule hostUsesNoPluginLibraries = noClasses()
            .that().resideInAPackage("hu.webshopsync.host..")
            .should().dependOnClassesThat().resideInAnyPackage("feign..", "com.github.benmanes.caffeine..");

    @ArchTest
    static final ArchRule apiNamesOnlyJdkAndPf4jMarkers = classes()
            .that().resideInAPackage("hu.webshopsync.api..")
            .should().onlyDependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "JDK types, plugin-api types, org.pf4j.ExtensionPoint or org.pf4j.Plugin",
                    c -> c.getPackageName().startsWith("java.")
                            || c.getPackageName().startsWith("hu.webshopsync.api")
                            || c.getName().equals("org.pf4j.ExtensionPoint")
                            || c.getName().equals("org.pf4j.Plugin")
                            || c.isPrimitive()
                            || (c.isArray() && c.getBaseComponentType().getPackageName().startsWith("java."))));

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices()
            .matching("hu.webshopsync.host.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheCliTalksToTheTerminal = noClasses()
            .that().resideInAPackage("hu.webshopsync.host..").and().resideOutsideOfPackage("hu.webshopsync.host.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "me.tongfei..");
}
