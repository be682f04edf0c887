package hu.webshopsync.emulator.bench;

import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.RequestCounters;
import hu.webshopsync.emulator.ShopEmulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput of the emulator's hot path: {@code POST /products/batch} with 100 items each, half of the
 * batches creating products, half updating them, latency off, a few client threads. A program, not a
 * test: it prints figures.
 * <pre>
 * java -cp webshop-emulator/target/webshop-emulator.jar hu.webshopsync.emulator.bench.EmulatorBenchmark [batches] [threads]
 * </pre>
 */
public final class EmulatorBenchmark {

    private static final int ITEMS = 100;

    private EmulatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        try (ShopEmulator shop = ShopEmulator.start(EmulatorConfig.defaults())) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String url = shop.baseUrl() + "/wp-json/wc/v3/products/batch";
            String auth = "Basic " + Base64.getEncoder().encodeToString("ck_demo_key:cs_demo_secret".getBytes(StandardCharsets.UTF_8));

            // Warm-up (JIT) on throw-away products, then measure from a clean shop.
            run(client, url, auth, createBodies(150, "warm"), threads);
            run(client, url, auth, updateBodies(150, 150 * ITEMS), threads);
            shop.control().reset();
            shop.control().resetCounters();

            int creates = batches / 2;
            List<byte[]> createBodies = createBodies(creates, "sku");
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            int failedCreates = run(client, url, auth, createBodies, threads);
            // Products get ids from 10 upwards in creation order; updates address them by id.
            List<byte[]> updateBodies = updateBodies(batches - creates, creates * ITEMS);
            long updatesStart = System.nanoTime();
            int failedUpdates = run(client, url, auth, updateBodies, threads);
            long end = System.nanoTime();
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            // Item errors hide inside HTTP 200s: count what the shop really holds instead of parsing answers.
            int stored = shop.control().snapshot().products().size();

            double seconds = (end - start) / 1e9;
            long products = (long) batches * ITEMS;
            RequestCounters counters = shop.control().counters();
            System.out.printf("batches=%d items_per_batch=%d threads=%d seconds=%.2f%n", batches, ITEMS, threads, seconds);
            System.out.printf("create_batches=%d update_batches=%d failed_batches=%d products_stored=%d (expected %d)%n",
                    creates, batches - creates, failedCreates + failedUpdates, stored, creates * ITEMS);
            System.out.printf("create_products_per_s=%.0f update_products_per_s=%.0f%n",
                    creates * ITEMS / ((updatesStart - start) / 1e9), (batches - creates) * ITEMS / ((end - updatesStart) / 1e9));
            System.out.printf("requests=%d mb_received=%.1f mb_sent=%.1f%n", counters.total(),
                    counters.bytesReceived() / 1e6, counters.bytesSent() / 1e6);
            // Client and server share this process and the machine: CPU time shows the cost per product
            // independently of other load; cores / cost is what an otherwise idle machine can reach.
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf("cpu_seconds=%.2f (client+server) cores=%d products_per_cpu_s=%.0f idle_machine_estimate_products_per_s=%.0f%n",
                    cpuSeconds, cores, products / cpuSeconds, cores * products / cpuSeconds);
            System.out.printf("products_per_s=%.0f%n", products / seconds);
        }
    }

    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static List<byte[]> createBodies(int count, String prefix) {
        List<byte[]> bodies = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            StringBuilder sb = new StringBuilder(ITEMS * 260).append("{\"create\":[");
            for (int i = 0; i < ITEMS; i++) {
                int n = b * ITEMS + i;
                sb.append(i == 0 ? "" : ",").append("{\"name\":\"Termék ").append(prefix).append(' ').append(n)
                        .append("\",\"type\":\"simple\",\"sku\":\"").append(prefix).append('-').append(n)
                        .append("\",\"regular_price\":\"").append(1000 + n % 5000)
                        .append("\",\"description\":\"Leírás &lt;b&gt; ").append(n)
                        .append("\",\"manage_stock\":true,\"stock_quantity\":").append(n % 50)
                        .append(",\"categories\":[{\"id\":15}]}");
            }
            bodies.add(sb.append("]}").toString().getBytes(StandardCharsets.UTF_8));
        }
        return bodies;
    }

    private static List<byte[]> updateBodies(int count, int existing) {
        List<byte[]> bodies = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            StringBuilder sb = new StringBuilder(ITEMS * 80).append("{\"update\":[");
            for (int i = 0; i < ITEMS; i++) {
                long id = 10 + (long) (b * ITEMS + i) % existing;
                sb.append(i == 0 ? "" : ",").append("{\"id\":").append(id).append(",\"regular_price\":\"")
                        .append(2000 + i).append("\",\"stock_quantity\":").append(i).append('}');
            }
            bodies.add(sb.append("]}").toString().getBytes(StandardCharsets.UTF_8));
        }
        return bodies;
    }

    /** Sends all bodies with {@code threads} workers; returns how many batches did not answer 200. */
    private static int run(HttpClient client, String url, String auth, List<byte[]> bodies, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", auth).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i))).build();
                        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return failed.get();
    }

}
