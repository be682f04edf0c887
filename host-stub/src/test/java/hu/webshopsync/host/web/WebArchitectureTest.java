package hu.webshopsync.host.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The console knows plugins only through the extension points: buttons, sheet fields and modules
 * come from plugin-api, never from the webshop plugin's classes.
 */
@AnalyzeClasses(packages = "hu.webshopsync", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    @ArchTest
    static final ArchRule theConsoleKnowsNoPlugin = noClasses()
            .that().resideInAPackage("hu.webshopsync.host.web..")
            .should().dependOnClassesThat().resideInAnyPackage("hu.webshopsync.webshop..", "hu.webshopsync.plugin..");

    @ArchTest
    static final ArchRule theConsoleLeavesTheTerminalToTheCli = noClasses()
            .that().resideInAPackage("hu.webshopsync.host.web..")
            .should().dependOnClassesThat().resideInAnyPackage("hu.webshopsync.host.cli..", "picocli..");
}
