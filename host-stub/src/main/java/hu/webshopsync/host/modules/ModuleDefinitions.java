package hu.webshopsync.host.modules;

import hu.webshopsync.api.SettingDefinition;
import java.util.List;

/**
 * The setting definitions of the modules the loaded plugins contribute.
 */
@FunctionalInterface
public interface ModuleDefinitions {

    /** No modules at all. */
    ModuleDefinitions NONE = id -> List.of();

    /**
     * A module's setting definitions.
     *
     * @param moduleId the module
     * @return its definitions; empty when no loaded plugin contributes the module
     */
    List<SettingDefinition> definitions(String moduleId);
}
