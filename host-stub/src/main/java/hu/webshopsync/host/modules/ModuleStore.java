package hu.webshopsync.host.modules;

import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.db.Jdbc;
import hu.webshopsync.host.secrets.SecretBox;
import hu.webshopsync.host.secrets.UnreadableSecretsException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Modules, their plain settings and their secrets in the ERP database; secrets are stored sealed
 * (see {@link SecretBox}), so the database file alone reveals none.
 */
public final class ModuleStore {

    private final Database database;
    private final Clock clock;
    private final SecretBox box;
    private final SecretRedactor redactor;

    /**
     * Creates the store.
     *
     * @param database the ERP database
     * @param clock    the host's clock
     * @param box      seals and opens the secrets
     * @param redactor told every secret value opened or stored, so that no output shows it
     */
    public ModuleStore(Database database, Clock clock, SecretBox box, SecretRedactor redactor) {
        this.database = database;
        this.clock = clock;
        this.box = box;
        this.redactor = redactor;
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
                    Map<String, String> secrets = new HashMap<>();
                    List<String> unreadable = new ArrayList<>();
                    pairs(connection, "SELECT secret_key, secret_value FROM module_secret WHERE module_id = ?", moduleId)
                            .forEach((key, stored) -> open(moduleId, key, stored).ifPresentOrElse(
                                    value -> secrets.put(key, value), () -> unreadable.add(key)));
                    redactor.remember(secrets.values());
                    return Optional.of(new StoredModule(moduleId, rs.getBoolean(1),
                            pairs(connection, "SELECT setting_key, setting_value FROM module_setting WHERE module_id = ?",
                                    moduleId),
                            secrets, unreadable.stream().sorted().toList()));
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
     * When a module's settings were last saved (activation, deactivation); a schedule stopped by
     * refused credentials waits for this to move.
     *
     * @param moduleId the module
     * @return the time, if the module was ever stored
     */
    public Optional<Instant> savedAt(String moduleId) {
        return database.read("reading module " + moduleId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT updated_at FROM host_module WHERE id = ?")) {
                select.setString(1, moduleId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(Jdbc.instant(rs, "updated_at")) : Optional.<Instant>empty();
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
     * Every secret value of every module this key opens, for redaction.
     *
     * @return the values
     */
    public List<String> allSecretValues() {
        return database.read("reading secrets", connection -> {
            List<String> values = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT module_id, secret_key, secret_value FROM module_secret");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    open(rs.getString(1), rs.getString(2), rs.getString(3)).ifPresent(values::add);
                }
            }
            redactor.remember(values);
            return values;
        });
    }

    /**
     * Tells the redactor secret values not stored yet (e.g. just typed, while a check uses them).
     *
     * @param secrets the values
     */
    public void rememberSecrets(Collection<String> secrets) {
        redactor.remember(secrets);
    }

    /**
     * Checks that every active module's secrets open with this key, before a run relies on them.
     *
     * @throws UnreadableSecretsException naming the first module whose secrets do not open
     */
    public void requireReadableSecrets() {
        for (String id : ids()) {
            find(id).filter(m -> m.active() && !m.unreadable().isEmpty()).ifPresent(m -> {
                throw new UnreadableSecretsException(id, m.unreadable());
            });
        }
    }

    /**
     * Seals the secrets an earlier version stored in plain text, in one transaction.
     *
     * @return how many were sealed
     */
    public int sealPlainSecrets() {
        return database.inTransaction("sealing stored secrets", connection -> {
            Map<List<String>, String> plain = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT module_id, secret_key, secret_value FROM module_secret WHERE secret_value NOT LIKE ?")) {
                select.setString(1, SecretBox.PREFIX + "%");
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        plain.put(List.of(rs.getString(1), rs.getString(2)), rs.getString(3));
                    }
                }
            }
            if (plain.isEmpty()) {
                return 0;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE module_secret SET secret_value = ? WHERE module_id = ? AND secret_key = ?")) {
                for (Map.Entry<List<String>, String> e : plain.entrySet()) {
                    update.setString(1, box.seal(place(e.getKey().get(0), e.getKey().get(1)), e.getValue()));
                    update.setString(2, e.getKey().get(0));
                    update.setString(3, e.getKey().get(1));
                    update.addBatch();
                }
                update.executeBatch();
            }
            return plain.size();
        });
    }

    /**
     * Stores a module's settings and activity, replacing the stored settings, in one transaction.
     *
     * @param module the module
     */
    public void save(StoredModule module) {
        redactor.remember(module.secrets().values());
        database.inTransaction("saving module " + module.id(), connection -> {
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO host_module (id, active, updated_at) KEY (id) VALUES (?, ?, ?)")) {
                merge.setString(1, module.id());
                merge.setBoolean(2, module.active());
                merge.setObject(3, Jdbc.utc(clock.instant()));
                merge.executeUpdate();
            }
            replace(connection, "module_setting", "setting_key", "setting_value", module.id(), module.values());
            Map<String, String> sealed = new HashMap<>();
            module.secrets().forEach((key, value) -> sealed.put(key, box.seal(place(module.id(), key), value)));
            replace(connection, "module_secret", "secret_key", "secret_value", module.id(), sealed);
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

    /** A value stored in plain text by an earlier version is taken as it is until {@link #sealPlainSecrets}. */
    private Optional<String> open(String moduleId, String key, String stored) {
        return SecretBox.isSealed(stored) ? box.open(place(moduleId, key), stored) : Optional.of(stored);
    }

    private static String place(String moduleId, String key) {
        return moduleId + "/" + key;
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
