package hu.webshopsync.host.db;

import java.nio.file.Path;

/**
 * The ERP database is open in another process (another host command still running).
 */
public class DatabaseInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Path dataDir;

    /**
     * Creates the exception.
     *
     * @param dataDir the data folder whose database is locked
     */
    public DatabaseInUseException(Path dataDir) {
        super("The ERP database in " + dataDir + " is in use by another host-stub process;"
                + " wait for it to finish or stop it, then try again");
        this.dataDir = dataDir;
    }

    /**
     * The data folder whose database is locked.
     *
     * @return the folder
     */
    public Path dataDir() {
        return dataDir;
    }
}
