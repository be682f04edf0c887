package hu.webshopsync.host.cli;

import hu.webshopsync.api.CheckResult;
import hu.webshopsync.api.HostModule;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.SettingDefinition;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.modules.ModuleActivation;
import hu.webshopsync.host.modules.ModuleActivation.Activated;
import hu.webshopsync.host.modules.ModuleActivation.Refused;
import hu.webshopsync.host.modules.StoredModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code modules list|activate|deactivate}: the ERP's modules (Karbantartás › Modulok).
 */
@Command(name = "modules", description = "Modules: list, activate, deactivate.",
        subcommands = {ModulesCommand.ListModules.class, ModulesCommand.Activate.class,
                ModulesCommand.Deactivate.class})
final class ModulesCommand {

    /** How a secret is shown once stored. */
    static final String HIDDEN = "****";

    /**
     * The settings as shown: stored values with defaults, secrets as {@code ****}, in definition order.
     */
    static Map<String, String> shownSettings(List<SettingDefinition> definitions, ModuleSettings settings) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (SettingDefinition definition : definitions) {
            shown.put(definition.key(), definition.secret()
                    ? settings.secret(definition.key()).map(s -> HIDDEN).orElse(null)
                    : settings.get(definition.key()).orElse(null));
        }
        settings.values().keySet().stream().sorted().filter(k -> !shown.containsKey(k))
                .forEach(k -> shown.put(k, settings.values().get(k)));
        settings.secrets().keySet().stream().sorted().filter(k -> !shown.containsKey(k))
                .forEach(k -> shown.put(k, HIDDEN));
        return shown;
    }

    @Command(name = "list", description = "The modules with their state and settings (secrets shown as ****).")
    static final class ListModules extends HostSubcommand {

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(Host host) {
            loadPlugins(host);
            TreeSet<String> ids = new TreeSet<>(host.moduleStore().ids());
            host.extensions().modules().forEach(m -> ids.add(m.id()));
            List<Map<String, Object>> modules = new ArrayList<>();
            for (String id : ids) {
                Optional<HostModule> module = host.extensions().module(id);
                List<SettingDefinition> definitions = module.map(m -> m.settings(messages().locale())).orElse(List.of());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", id);
                row.put("name", module.map(m -> m.name(messages().locale())).orElse(id));
                row.put("active", host.moduleStore().isActive(id));
                row.put("loaded", module.isPresent());
                row.put("settings", shownSettings(definitions, host.services().modules().settings(id)));
                modules.add(row);
            }
            if (json) {
                new Json().print(out(), modules);
                return ExitCodes.OK;
            }
            out().println(t("modules.title"));
            if (modules.isEmpty()) {
                out().println(t("modules.none"));
            }
            for (Map<String, Object> row : modules) {
                out().println(t("modules.line", row.get("id"), row.get("name"),
                        t((Boolean) row.get("active") ? "modules.active" : "modules.inactive"),
                        (Boolean) row.get("loaded") ? "" : " " + t("modules.notLoaded", pluginsFolder(host))));
                @SuppressWarnings("unchecked")
                Map<String, String> settings = (Map<String, String>) row.get("settings");
                settings.forEach((key, value) -> out().println("    " + key + " = " + (value == null ? "" : value)));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "activate", description = "Activates a module with settings; runs its check unless --no-check.")
    static final class Activate extends HostSubcommand {

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "module-id", description = "The module's id, e.g. webshop.")
        String moduleId;

        @Option(names = "--set", paramLabel = "KEY[=VALUE]", mapFallbackValue = Option.NULL_VALUE,
                description = "A setting; repeatable. A key alone (--set consumerSecret) asks for the value: hidden on"
                        + " a terminal, else one line of standard input per key. Give secrets this way, not on the command line.")
        Map<String, String> settings = new LinkedHashMap<>();

        @Option(names = "--set-env", paramLabel = "KEY=VARIABLE",
                description = "A setting whose value is in an environment variable; repeatable.")
        Map<String, String> settingsFromEnv = new LinkedHashMap<>();

        @Option(names = "--no-check", description = "Skip the module's activation check.")
        boolean noCheck;

        @Option(names = "--new-shop", description = "Confirms that the module now points at a different shop: "
                + "its bindings start afresh, the old ones are kept in the history.")
        boolean newShop;

        @Override
        int run(Host host) {
            loadPlugins(host);
            Optional<HostModule> found = host.extensions().module(moduleId);
            if (found.isEmpty()) {
                err().println(t("modules.unknown", moduleId, availableModules(host)));
                return ExitCodes.ERROR;
            }
            HostModule module = found.get();
            List<SettingDefinition> definitions = module.settings(messages().locale());
            Function<ModuleSettings, CheckResult> checker = noCheck ? null
                    : host.moduleCheck(module, newShop, messages().locale());
            Map<String, String> given;
            try {
                given = new SecretSettings(root().input(), messages()).resolve(settings, settingsFromEnv, moduleId);
            } catch (SecretSettings.MissingValue e) {
                err().println(e.getMessage());
                return ExitCodes.ERROR;
            }
            ModuleActivation.Result result;
            try {
                result = host.moduleActivation().activate(moduleId, definitions, given, checker);
            } catch (RuntimeException e) {
                // a check must not throw, but if it does the user gets its reason, not a stack trace
                err().println(t("modules.checkThrew", moduleId, host.redactor().apply(String.valueOf(e.getMessage()))));
                return ExitCodes.ERROR;
            }
            if (result instanceof Refused refused) {
                err().println(refusal(refused, definitions, host));
                return ExitCodes.ERROR;
            }
            Activated activated = (Activated) result;
            out().println(t("modules.activated", moduleId, module.name(messages().locale())));
            activated.check().ifPresent(check -> {
                if (!check.message().isBlank()) {
                    out().println(host.redactor().apply(check.message()));
                }
                check.warnings().forEach(w -> out().println(t("modules.warning", host.redactor().apply(w))));
            });
            shownSettings(definitions, activated.settings())
                    .forEach((key, value) -> out().println("    " + key + " = " + (value == null ? "" : value)));
            return ExitCodes.OK;
        }

        private String refusal(Refused refused, List<SettingDefinition> definitions, Host host) {
            return switch (refused.reason()) {
                case UNKNOWN_KEY -> t("modules.refused.unknownKey", moduleId, refused.key(),
                        String.join(", ", definitions.stream().map(SettingDefinition::key).toList()));
                case MISSING_REQUIRED -> t("modules.refused.missing", moduleId, refused.key());
                case INVALID_VALUE -> t("modules.refused.invalid", moduleId, refused.key(),
                        t("fieldType." + refused.detail()));
                case CHECK_FAILED -> t("modules.refused.check", moduleId, host.redactor().apply(refused.detail()));
                case SECRETS_REQUIRED -> t("modules.refused.secretsRequired", moduleId, refused.key(), refused.detail());
                case CONFIRMATION_NEEDED -> t("modules.refused.newShop", moduleId, host.redactor().apply(refused.detail()));
            };
        }

        private static String availableModules(Host host) {
            List<String> ids = host.extensions().modules().stream().map(HostModule::id).sorted().toList();
            return ids.isEmpty() ? "-" : String.join(", ", ids);
        }
    }

    @Command(name = "deactivate", description = "Deactivates a module; its settings are kept.")
    static final class Deactivate extends HostSubcommand {

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "module-id", description = "The module's id.")
        String moduleId;

        @Override
        int run(Host host) {
            Optional<StoredModule> stored = host.moduleStore().find(moduleId);
            if (stored.isEmpty()) {
                err().println(t("modules.neverActivated", moduleId));
                return ExitCodes.ERROR;
            }
            host.moduleStore().deactivate(moduleId);
            out().println(t("modules.deactivated", moduleId));
            return ExitCodes.OK;
        }
    }
}
