package hu.webshopsync.host.modules;

import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Modules, their plain settings and their secrets in the ERP database.
 */
public final class ModuleStore {

    private final Database database;
    private final Clock clock;

    /**
     * Creates the store.
     *
     * @param database the ERP database
     * @param clock    the host's clock
     */
    public ModuleStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * One module.
     *
     * @param moduleId the module
     * @return the module, if it was ever activated
     */
    public Optional<StoredModule> find(String moduleId) {
        return database.read("reading module " + moduleId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT active FROM host_module WHERE id = ?")) {
                select.setString(1, moduleId);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StoredModule(moduleId, rs.getBoolean(1),
                            pairs(connection, "SELECT setting_key, setting_value FROM module_setting WHERE module_id = ?",
                                    moduleId),
                            pairs(connection, "SELECT secret_key, secret_value FROM module_secret WHERE module_id = ?",
                                    moduleId)));
                }
            }
        });
    }

    /**
     * Whether a module is active, in one small query (sheet fields ask this for every product shown).
     *
     * @param moduleId the module
     * @return true while active
     */
    public boolean isActive(String moduleId) {
        return database.read("reading module " + moduleId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT active FROM host_module WHERE id = ?")) {
                select.setString(1, moduleId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    /**
     * The ids of all stored modules.
     *
     * @return the ids in order
     */
    public List<String> ids() {
        return database.read("reading modules", connection -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM host_module ORDER BY id");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    /**
     * Every secret value of every module, for redaction.
     *
     * @return the values
     */
    public List<String> allSecretValues() {
        return database.read("reading secrets", connection -> {
            List<String> values = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT secret_value FROM module_secret");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        });
    }

    /**
     * Stores a module's settings and activity, replacing the stored settings, in one transaction.
     *
     * @param module the module
     */
    public void save(StoredModule module) {
        database.inTransaction("saving module " + module.id(), connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO host_module (id, active, updated_at) KEY (id) VALUES (?, ?, ?)")) {
                merge.setString(1, module.id());
                merge.setBoolean(2, module.active());
                merge.setObject(3, Jdbc.utc(clock.instant()));
                merge.executeUpdate();
            }
            replace(connection, "module_setting", "setting_key", "setting_value", module.id(), module.values());
            replace(connection, "module_secret", "secret_key", "secret_value", module.id(), module.secrets());
            return null;
        });
    }

    /**
     * Switches a module off, keeping its settings for a later activation.
     *
     * @param moduleId the module
     * @return false when the module was never activated
     */
    public boolean deactivate(String moduleId) {
        return database.inTransaction("deactivating module " + moduleId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE host_module SET active = FALSE, updated_at = ? WHERE id = ?")) {
                update.setObject(1, Jdbc.utc(clock.instant()));
                update.setString(2, moduleId);
                return update.executeUpdate() > 0;
            }
        });
    }

    private static void replace(Connection connection, String table, String keyColumn, String valueColumn,
                                String moduleId, Map<String, String> entries) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE module_id = ?")) {
            delete.setString(1, moduleId);
            delete.executeUpdate();
        }
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (module_id, " + keyColumn + ", " + valueColumn + ") VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                insert.setString(1, moduleId);
                insert.setString(2, e.getKey());
                insert.setString(3, e.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Map<String, String> pairs(Connection connection, String sql, String moduleId) throws SQLException {
        Map<String, String> pairs = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, moduleId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    pairs.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return pairs;
    }
}
