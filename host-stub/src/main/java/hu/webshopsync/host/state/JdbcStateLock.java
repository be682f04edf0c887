package hu.webshopsync.host.state;

import hu.webshopsync.api.StateLock;
import hu.webshopsync.host.db.Database;
import hu.webshopsync.host.db.Jdbc;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;

/**
 * A lock row held by this process under a random token; renew and release touch the row only
 * while it still carries that token, so a lock that lapsed and was taken over is never released
 * from under its new holder.
 */
final class JdbcStateLock implements StateLock {

    private final Database database;
    private final Clock clock;
    private final String pluginId;
    private final String name;
    private final String holder;
    private final Duration lease;

    JdbcStateLock(Database database, Clock clock, String pluginId, String name, String holder, Duration lease) {
        this.database = database;
        this.clock = clock;
        this.pluginId = pluginId;
        this.name = name;
        this.holder = holder;
        this.lease = lease;
    }

    @Override
    public void renew() {
        int updated = database.inTransaction("renewing lock " + name, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE plugin_lock SET expires_at = ? WHERE plugin_id = ? AND lock_name = ? AND holder = ?")) {
                update.setObject(1, Jdbc.utc(clock.instant().plus(lease)));
                update.setString(2, pluginId);
                update.setString(3, name);
                update.setString(4, holder);
                return update.executeUpdate();
            }
        });
        if (updated == 0) {
            throw new IllegalStateException("The lock " + name + " of plugin " + pluginId
                    + " was lost: its lease ran out and another holder took it");
        }
    }

    @Override
    public void close() {
        database.inTransaction("releasing lock " + name, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM plugin_lock WHERE plugin_id = ? AND lock_name = ? AND holder = ?")) {
                delete.setString(1, pluginId);
                delete.setString(2, name);
                delete.setString(3, holder);
                return delete.executeUpdate();
            }
        });
    }
}
