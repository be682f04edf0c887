package hu.webshopsync.host.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Samples the used heap every few milliseconds while a scenario runs. Used heap includes garbage
 * not yet collected, so the peak is an upper bound of what the scenario needs (and it includes the
 * in-process shop emulator's data); whether a run fits a small heap is shown by running it with
 * {@code -Xmx}. Each sampler starts from the heap used at its start.
 */
final class HeapSampler implements AutoCloseable {

    private static final long PERIOD_MS = 10;

    private final List<MemoryPoolMXBean> heapPools;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakUsed;

    /** What a sampling found, in MB. */
    record Peak(double usedMb) {
    }

    HeapSampler() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        // pool peaks are reset too, so that a profiler looking at them sees this scenario's
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        peakUsed = used();
        thread = new Thread(this::sample, "bench-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            peakUsed = Math.max(peakUsed, used());
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Stops sampling.
     *
     * @return the peaks
     */
    Peak stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        peakUsed = Math.max(peakUsed, used());
        return new Peak(mb(peakUsed));
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
