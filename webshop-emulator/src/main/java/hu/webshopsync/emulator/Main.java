package hu.webshopsync.emulator;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator as a standalone server:
 * <pre>
 * java -jar webshop-emulator.jar [--port 8080] [--consumer-key ck_…] [--consumer-secret cs_…]
 *     [--wp-user U] [--wp-app-password P] [--latency-ms 20] [--jitter-ms 10]
 *     [--fail-rate 0.1] [--fail-status 503] [--fail-route "POST /wp-json/wc/v3/products/batch"]
 *     [--seed 42] [--prices-include-tax] [--calc-taxes] [--currency HUF] [--no-basic-auth] [--quiet]
 *     [--workers 2] [--item-ms 50] [--max-execution-s 30] [--queue 64]
 * </pre>
 * {@code --workers} switches the server model on ({@link ServerModel#of}); the other three refine it.
 * Logs one line per request (secrets redacted) unless {@code --quiet}; stops on Ctrl-C.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmulatorConfig config = EmulatorConfig.defaults().withPort(8080).withRequestLog(true);
        double failRate = 0;
        int failStatus = 503;
        String failRoute = "*";
        int workers = 0;
        long itemMs = ServerModel.DEFAULT_ITEM_MS;
        long maxExecutionS = 0;
        int queue = ServerModel.DEFAULT_QUEUE;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--port" -> config = config.withPort(Integer.parseInt(value(args, ++i, arg)));
                    case "--consumer-key" -> config = config.withCredentials(value(args, ++i, arg), config.consumerSecret());
                    case "--consumer-secret" -> config = config.withCredentials(config.consumerKey(), value(args, ++i, arg));
                    case "--wp-user" -> config = config.withWpCredentials(value(args, ++i, arg), config.wpAppPassword());
                    case "--wp-app-password" -> config = config.withWpCredentials(config.wpUser(), value(args, ++i, arg));
                    case "--latency-ms" -> config = config.withLatency(Long.parseLong(value(args, ++i, arg)), config.latencyJitterMs());
                    case "--jitter-ms" -> config = config.withLatency(config.latencyMs(), Long.parseLong(value(args, ++i, arg)));
                    case "--seed" -> config = config.withSeed(Long.parseLong(value(args, ++i, arg)));
                    case "--fail-rate" -> failRate = Double.parseDouble(value(args, ++i, arg));
                    case "--fail-status" -> failStatus = Integer.parseInt(value(args, ++i, arg));
                    case "--fail-route" -> failRoute = value(args, ++i, arg);
                    case "--prices-include-tax" -> config = config.withTaxes(true, config.calcTaxes());
                    case "--calc-taxes" -> config = config.withTaxes(config.pricesIncludeTax(), true);
                    case "--currency" -> config = config.withCurrency(value(args, ++i, arg));
                    case "--no-basic-auth" -> config = config.withBasicAuthOverHttp(false);
                    case "--quiet" -> config = config.withRequestLog(false);
                    case "--workers" -> workers = Integer.parseInt(value(args, ++i, arg));
                    case "--item-ms" -> itemMs = Long.parseLong(value(args, ++i, arg));
                    case "--max-execution-s" -> maxExecutionS = Long.parseLong(value(args, ++i, arg));
                    case "--queue" -> queue = Integer.parseInt(value(args, ++i, arg));
                    case "--help", "-h" -> {
                        usage();
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (workers > 0) {
                config = config.withServer(ServerModel.of(workers, itemMs).withMaxExecutionMs(maxExecutionS * 1000)
                        .withQueue(queue));
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            usage();
            System.exit(2);
            return;
        }
        ShopEmulator shop = ShopEmulator.start(config);
        if (failRate > 0) {
            shop.control().addFault(FaultRule.status(failRoute, failStatus).withRate(Math.min(1.0, failRate)));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shop.close();
            System.out.println("webshop-emulator stopped");
            stopped.countDown();
        }, "shop-emulator-shutdown"));
        System.out.println("webshop-emulator listening on " + shop.baseUrl() + " (WooCommerce API: " + shop.baseUrl()
                + "/wp-json/wc/v3, control: " + shop.baseUrl() + "/__emulator/) " + config);
        stopped.await();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static void usage() {
        System.out.println("usage: java -jar webshop-emulator.jar [--port 8080] [--consumer-key ck_...] [--consumer-secret cs_...]\n"
                + "  [--wp-user U] [--wp-app-password P] [--latency-ms N] [--jitter-ms N] [--seed N]\n"
                + "  [--fail-rate 0.1] [--fail-status 503] [--fail-route \"POST /wp-json/wc/v3/products/batch\"]\n"
                + "  [--prices-include-tax] [--calc-taxes] [--currency HUF] [--no-basic-auth] [--quiet]\n"
                + "  [--workers W [--item-ms C] [--max-execution-s T] [--queue Q]]");
    }
}
