package hu.webshopsync.host.web;

import hu.webshopsync.api.CheckResult;
import hu.webshopsync.api.FieldType;
import hu.webshopsync.api.HostModule;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.SettingDefinition;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.modules.ModuleActivation;
import hu.webshopsync.host.modules.StoredModule;
import hu.webshopsync.host.plugins.PluginCalls;
import hu.webshopsync.host.plugins.PluginProblem;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Karbantartás › Modulok: every module with its state and a settings form built from the module's
 * setting definitions. Secrets are never sent to the browser: a stored one shows as {@code ****}
 * and an empty secret field keeps it. Activation goes through {@link ModuleActivation} with the
 * module's own check, exactly as {@code modules activate} on the command line.
 */
final class ModulePages {

    private static final String HIDDEN = "****";
    /** The confirmation box that appears once a check found a different shop than before. */
    private static final String CONFIRM_NEW_SHOP = "confirmNewCounterpart";

    private final Host host;
    private final Layout layout;

    ModulePages(Host host, Layout layout) {
        this.host = host;
        this.layout = layout;
    }

    void list(WebRequest r) {
        render(r, null, Map.of(), null, false);
    }

    void activate(WebRequest r) {
        String moduleId = Optional.ofNullable(r.ctx().formParam("module")).orElse("");
        Optional<HostModule> found = host.extensions().module(moduleId);
        if (found.isEmpty()) {
            r.notice(r.t("modules.unknown", moduleId), true, null);
            r.ctx().redirect("/modules", HttpStatus.SEE_OTHER);
            return;
        }
        HostModule module = found.get();
        List<SettingDefinition> definitions = PluginCalls.call(module, () -> module.settings(r.locale()));
        Map<String, String> given = new LinkedHashMap<>();
        for (SettingDefinition d : definitions) {
            String value = r.ctx().formParam("setting." + d.key());
            if (d.type() == FieldType.BOOLEAN) {
                given.put(d.key(), String.valueOf(value != null));
            } else if (d.secret()) {
                if (value != null && !value.isEmpty()) {
                    given.put(d.key(), value); // an empty secret field keeps the stored secret
                }
            } else {
                given.put(d.key(), Optional.ofNullable(value).orElse("").strip());
            }
        }
        Function<ModuleSettings, CheckResult> checker =
                host.moduleCheck(module, r.ctx().formParam(CONFIRM_NEW_SHOP) != null, r.locale());
        ModuleActivation.Result result;
        try {
            result = host.moduleActivation().activate(moduleId, definitions, given, checker);
        } catch (RuntimeException e) {
            // a check must not throw; if it does the user gets its reason, secrets removed
            result = new ModuleActivation.Refused(ModuleActivation.Reason.CHECK_FAILED, "",
                    String.valueOf(e.getMessage()));
        }
        if (result instanceof ModuleActivation.Refused refused) {
            Map<String, String> entered = new LinkedHashMap<>(given);
            definitions.stream().filter(SettingDefinition::secret).forEach(d -> entered.remove(d.key()));
            r.ctx().status(HttpStatus.UNPROCESSABLE_CONTENT);
            // the secrets just typed may stand in the shop's answer: the host's one redactor masks them
            host.redactor().remember(definitions.stream().filter(SettingDefinition::secret)
                    .map(d -> given.get(d.key())).filter(Objects::nonNull).toList());
            render(r, moduleId, entered, host.redactor().apply(refusal(r, refused, moduleId, definitions)),
                    refused.reason() == ModuleActivation.Reason.CONFIRMATION_NEEDED);
            return;
        }
        ModuleActivation.Activated activated = (ModuleActivation.Activated) result;
        StringBuilder message = new StringBuilder(r.t("modules.activated", module.name(r.locale())));
        activated.check().ifPresent(check -> {
            if (!check.message().isBlank()) {
                message.append('\n').append(host.redactor().apply(check.message()));
            }
            check.warnings().forEach(w -> message.append('\n').append(r.t("modules.warning",
                    host.redactor().apply(w))));
        });
        r.notice(message.toString(), false, null);
        r.ctx().redirect("/modules", HttpStatus.SEE_OTHER);
    }

    void deactivate(WebRequest r) {
        String moduleId = Optional.ofNullable(r.ctx().formParam("module")).orElse("");
        boolean done = host.moduleStore().find(moduleId).isPresent() && host.moduleStore().deactivate(moduleId);
        r.notice(done ? r.t("modules.deactivated", moduleId) : r.t("modules.neverActivated", moduleId), !done, null);
        r.ctx().redirect("/modules", HttpStatus.SEE_OTHER);
    }

    private void render(WebRequest r, String failedModule, Map<String, String> entered, String error,
                        boolean askConfirmation) {
        TreeSet<String> ids = new TreeSet<>(host.moduleStore().ids());
        host.extensions().modules().forEach(m -> ids.add(m.id()));
        Html h = new Html();
        for (PluginProblem problem : host.pluginProblems()) {
            h.element("div", r.t("modules.pluginProblem", problem.pluginId(), problem.state(), problem.reason()),
                    "class", "notice error");
        }
        if (ids.isEmpty()) {
            h.element("p", r.t("modules.none"));
        }
        for (String id : ids) {
            Optional<HostModule> module = host.extensions().module(id);
            boolean active = host.moduleStore().isActive(id);
            h.open("section", "class", "module", "id", "module-" + id);
            h.open("h2").text(module.map(m -> m.name(r.locale())).orElse(id)).text(" ")
                    .element("span", r.t(active ? "modules.active" : "modules.inactive"),
                            "class", active ? "badge ok" : "badge", "id", "state-" + id)
                    .close("h2");
            if (id.equals(failedModule) && error != null) {
                h.open("div", "class", "notice error", "role", "alert", "id", "refusal");
                Layout.paragraphs(h, error);
                h.close("div");
            }
            if (module.isEmpty()) {
                h.element("p", r.t("modules.notLoaded", host.config().pluginsDir().toAbsolutePath().normalize()),
                        "class", "hint");
            } else {
                form(h, r, module.get(), active, id.equals(failedModule) ? entered : null,
                        askConfirmation && id.equals(failedModule));
            }
            if (active) {
                h.open("form", "method", "post", "action", "/modules/deactivate", "class", "inline")
                        .append(r.csrfField())
                        .open("input", "type", "hidden", "name", "module", "value", id)
                        .element("button", r.t("modules.deactivate"), "type", "submit", "class", "secondary",
                                "id", "deactivate-" + id)
                        .close("form");
            }
            h.close("section");
        }
        r.ctx().html(layout.page(r, MenuItem.MODULES, r.t("modules.title"), h, null));
    }

    private void form(Html h, WebRequest r, HostModule module, boolean active, Map<String, String> entered,
                      boolean askConfirmation) {
        List<SettingDefinition> definitions = PluginCalls.call(module, () -> module.settings(r.locale()));
        Optional<StoredModule> stored = host.moduleStore().find(module.id());
        ModuleSettings effective = host.services().modules().settings(module.id());
        h.open("form", "method", "post", "action", "/modules/activate", "class", "settings",
                        "id", "settings-" + module.id(), "autocomplete", "off")
                .append(r.csrfField())
                .open("input", "type", "hidden", "name", "module", "value", module.id())
                .open("table", "class", "details");
        for (SettingDefinition d : definitions) {
            String name = "setting." + d.key();
            h.open("tr").open("th").open("label", "for", name).text(d.label());
            if (d.required()) {
                h.element("span", " *", "class", "required", "title", r.t("modules.required"));
            }
            h.close("label").close("th").open("td");
            if (d.type() == FieldType.BOOLEAN) {
                boolean checked = entered != null && entered.containsKey(d.key())
                        ? "true".equals(entered.get(d.key())) : effective.flag(d.key(), false);
                h.open("input", "type", "checkbox", "name", name, "id", name, "value", "true",
                        "checked", checked ? "" : null);
            } else if (d.secret()) {
                boolean isStored = stored.map(s -> s.secrets().containsKey(d.key())).orElse(false);
                h.open("input", "type", "password", "name", name, "id", name, "value", "",
                        "placeholder", isStored ? HIDDEN : "", "autocomplete", "new-password");
                if (isStored) {
                    h.element("div", r.t("modules.secretKept"), "class", "help");
                }
            } else {
                // a setting never set shows its default, so a form sent back unchanged keeps it; one
                // cleared on purpose stays empty (for some settings empty turns a feature off)
                Map<String, String> values = stored.map(StoredModule::values).orElse(Map.of());
                String value = entered != null && entered.containsKey(d.key()) ? entered.get(d.key())
                        : values.containsKey(d.key()) ? values.get(d.key())
                        : d.defaultValue() == null ? "" : d.defaultValue();
                h.open("input", "type", "text", "name", name, "id", name, "value", value,
                        "placeholder", d.defaultValue());
            }
            if (d.help() != null && !d.help().isBlank()) {
                h.element("div", d.help(), "class", "help");
            }
            h.close("td").close("tr");
        }
        h.close("table");
        if (askConfirmation) {
            // only after the check found another shop: a box always on the form would be ticked by habit
            h.open("p").open("label", "for", CONFIRM_NEW_SHOP)
                    .open("input", "type", "checkbox", "name", CONFIRM_NEW_SHOP, "id", CONFIRM_NEW_SHOP, "value", "true")
                    .text(" " + r.t("modules.confirmNewShop")).close("label").close("p");
        }
        h.element("button", r.t(active ? "modules.save" : "modules.activate"), "type", "submit",
                        "id", "activate-" + module.id())
                .close("form");
    }

    /** The stored secrets are redacted by the host; the ones just typed are not stored yet. */
    private String refusal(WebRequest r, ModuleActivation.Refused refused, String moduleId,
                           List<SettingDefinition> definitions) {
        String label = definitions.stream().filter(d -> d.key().equals(refused.key())).findFirst()
                .map(SettingDefinition::label).orElse(refused.key());
        return switch (refused.reason()) {
            case UNKNOWN_KEY -> r.t("modules.refused.unknownKey", moduleId, refused.key());
            case MISSING_REQUIRED -> r.t("modules.refused.missing", label);
            case INVALID_VALUE -> r.t("modules.refused.invalid", label, r.t("fieldType." + refused.detail()));
            case CHECK_FAILED -> r.t("modules.refused.check", host.redactor().apply(refused.detail()));
            case CONFIRMATION_NEEDED -> r.t("modules.refused.newShop", host.redactor().apply(refused.detail()));
            case SECRETS_REQUIRED -> r.t("modules.refused.secretsRequired", label, String.join(", ",
                    Arrays.stream(refused.detail().split(", ")).map(key -> definitions.stream()
                            .filter(d -> d.key().equals(key)).findFirst().map(SettingDefinition::label)
                            .orElse(key)).toList()));
        };
    }
}
