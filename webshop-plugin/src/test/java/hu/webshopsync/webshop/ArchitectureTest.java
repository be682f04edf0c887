package hu.webshopsync.webshop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.pf4j.Extension;
import org.pf4j.ExtensionPoint;

/**
 * The plugin's boundaries: it reaches the ERP only through the published API, extensions keep no
 * expensive state, and nothing is static and mutable.
 */
@AnalyzeClasses(packages = "hu.webshopsync.webshop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule reachesTheHostOnlyThroughTheApi = noClasses().that().resideInAPackage("hu.webshopsync.webshop..")
            .should().dependOnClassesThat().resideInAnyPackage("hu.webshopsync.host..", "hu.webshopsync.emulator..")
            .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("hu.webshopsync..")
                    .and(JavaClass.Predicates.resideOutsideOfPackages("hu.webshopsync.api..", "hu.webshopsync.webshop.."))
                    .as("other hu.webshopsync packages"));

    @ArchTest
    static final ArchRule extensionsHoldNoClientsOrCaches = noFields().that().areDeclaredInClassesThat()
            .areAssignableTo(ExtensionPoint.class)
            .should().haveRawType(JavaClass.Predicates.resideInAnyPackage("feign..", "com.github.benmanes.caffeine..",
                    "com.fasterxml.jackson..", "hu.webshopsync.webshop.woocommerce..", "hu.webshopsync.webshop.shoprenter..",
                    "java.net.http.."))
            .because("PF4J creates a new extension instance on every lookup; shared state lives in WebshopPlugin");

    @ArchTest
    static final ArchRule extensionsAreBuiltFromThePlugin = classes().that().areAnnotatedWith(Extension.class)
            .should().bePublic().andShould(havePublicConstructorTakingWhatThePluginIs());

    @ArchTest
    static final ArchRule noStaticMutableState = fields().that().areStatic().should().beFinal()
            .because("the host may load, unload and reload the plugin; state belongs to WebshopPlugin");

    @ArchTest
    static final ArchRule everyPackageIsFreeOfCycles = slices().matching("hu.webshopsync.(**)")
            .should().beFreeOfCycles()
            .because("each package is its own slice, the root package too: settings, texts and shop errors sit "
                    + "below the features, the WooCommerce adapters above them, the wiring on top");

    @ArchTest
    static final ArchRule productSyncDoesNotKnowOrders = noClasses().that().resideInAnyPackage(
                    "hu.webshopsync.webshop.products..", "hu.webshopsync.webshop.categories..",
                    "hu.webshopsync.webshop.images..")
            .should().dependOnClassesThat().resideInAPackage("hu.webshopsync.webshop.orders..");

    @ArchTest
    static final ArchRule onlyTheWiringKnowsWooCommerce = noClasses()
            .that().resideOutsideOfPackages("hu.webshopsync.webshop.woocommerce..", "hu.webshopsync.webshop")
            .should().dependOnClassesThat().resideInAPackage("hu.webshopsync.webshop.woocommerce..")
            .because("every feature reaches the shop through its neutral ports; WebshopPlugin alone wires the "
                    + "WooCommerce adapters to them, so a second shop platform plugs in beside woocommerce/");

    @ArchTest
    static final ArchRule onlyTheWiringKnowsShoprenter = noClasses()
            .that().resideOutsideOfPackages("hu.webshopsync.webshop.shoprenter..", "hu.webshopsync.webshop")
            .should().dependOnClassesThat().resideInAPackage("hu.webshopsync.webshop.shoprenter..")
            .because("Shoprenter's adapters plug in beside woocommerce/ behind the same neutral ports");

    @ArchTest
    static final ArchRule shoprenterDoesNotUseWooCommerce = noClasses()
            .that().resideInAPackage("hu.webshopsync.webshop.shoprenter..")
            .should().dependOnClassesThat().resideInAPackage("hu.webshopsync.webshop.woocommerce..")
            .because("what both adapters need is neutral and lives in shop/");

    @ArchTest
    static final ArchRule featuresDoNotKnowTheWiring = noClasses()
            .that().resideOutsideOfPackage("hu.webshopsync.webshop")
            .should().dependOnClassesThat().resideInAPackage("hu.webshopsync.webshop")
            .because("extensions take their feature's services interface, which WebshopPlugin implements");

    @ArchTest
    static final ArchRule noStandardStreams = com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    // the host's extension factory hands the plugin to a one-parameter constructor typed with the
    // plugin class or any interface it implements
    private static ArchCondition<JavaClass> havePublicConstructorTakingWhatThePluginIs() {
        return new ArchCondition<>("have a public constructor taking the plugin or an interface it implements") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean ok = item.getConstructors().stream().anyMatch(c -> c.getModifiers().contains(
                        com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                        && c.getRawParameterTypes().size() == 1
                        && c.getRawParameterTypes().get(0).reflect().isAssignableFrom(WebshopPlugin.class));
                events.add(new SimpleConditionEvent(item, ok, item.getName()
                        + (ok ? " has" : " lacks") + " a public constructor taking the plugin"));
            }
        };
    }
}
