package hu.webshopsync.host;

import hu.webshopsync.host.secrets.SecretKeyFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Where the host keeps its data and finds its plugins, and the clock it runs on.
 *
 * @param dataDir    the data folder (database, relative image paths)
 * @param pluginsDir the plugins folder
 * @param clock      the clock handed to plugins and used for timestamps
 * @param keyFile    the key that seals the stored secrets, outside the data folder
 */
public record HostConfig(Path dataDir, Path pluginsDir, Clock clock, SecretKeyFile keyFile) {

    /** The ERP's time zone; it decides the year of an order number. */
    public static final ZoneId ERP_ZONE = ZoneId.of("Europe/Budapest");

    /**
     * Validates the configuration.
     */
    public HostConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(pluginsDir, "pluginsDir");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(keyFile, "keyFile");
    }

    /**
     * A configuration with the key file where {@link SecretKeyFile#locate} finds it.
     *
     * @param dataDir    the data folder
     * @param pluginsDir the plugins folder
     * @param clock      the clock
     */
    public HostConfig(Path dataDir, Path pluginsDir, Clock clock) {
        this(dataDir, pluginsDir, clock, SecretKeyFile.locate(System.getenv()));
    }

    /**
     * A configuration on the system clock in the ERP's zone.
     *
     * @param dataDir    the data folder
     * @param pluginsDir the plugins folder
     * @return the configuration
     */
    public static HostConfig of(Path dataDir, Path pluginsDir) {
        return new HostConfig(dataDir, pluginsDir, Clock.system(ERP_ZONE));
    }
}
