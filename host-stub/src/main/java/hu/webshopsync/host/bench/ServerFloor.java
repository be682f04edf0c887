package hu.webshopsync.host.bench;

import hu.webshopsync.emulator.ServerModel;

/**
 * The fastest a scenario could be on a shop whose own work costs time: the server time of the work
 * that cannot be avoided, shared by the shop's workers. Latency counts as free here; the limit a
 * line reports is the larger of this and {@link LatencyFloor}.
 *
 * <pre>server_s = (requests × boot + items written × item + rows read × row + uploads × upload) / workers</pre>
 *
 * @param requests     requests that cannot be avoided (each boots WordPress)
 * @param itemsWritten products, categories, orders or notes written
 * @param rowsRead     rows the shop must answer
 * @param uploads      media uploads
 */
public record ServerFloor(long requests, long itemsWritten, long rowsRead, long uploads) {

    /**
     * Validates.
     */
    public ServerFloor {
        if (requests < 0 || itemsWritten < 0 || rowsRead < 0 || uploads < 0) {
            throw new IllegalArgumentException("work must not be negative");
        }
    }

    /**
     * The server work behind a latency floor's requests.
     *
     * @param floor        the unavoidable requests
     * @param itemsWritten items they write
     * @param rowsRead     rows they read
     * @param uploads      uploads among them
     * @return the server floor
     */
    public static ServerFloor of(LatencyFloor floor, long itemsWritten, long rowsRead, long uploads) {
        return new ServerFloor(floor.writes() + floor.lookups(), itemsWritten, rowsRead, uploads);
    }

    /**
     * The floor in seconds.
     *
     * @param server the shop's server model
     * @return seconds; 0 when the model is off
     */
    public double seconds(ServerModel server) {
        if (!server.on()) {
            return 0;
        }
        long ms = requests * server.requestMs() + itemsWritten * server.itemMs() + rowsRead * server.readItemMs()
                + uploads * server.uploadMs();
        return ms / 1000.0 / server.workers();
    }
}
