package hu.webshopsync.emulator;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator as a standalone server:
 * <pre>
 * java -jar webshop-emulator.jar [--platform woocommerce|shoprenter] [--port 8080] [--consumer-key ck_…] [--consumer-secret cs_…]
 *     [--wp-user U] [--wp-app-password P] [--latency-ms 20] [--jitter-ms 10]
 *     [--fail-rate 0.1] [--fail-status 503] [--fail-route "POST /wp-json/wc/v3/products/batch"]
 *     [--seed 42] [--prices-include-tax] [--calc-taxes] [--currency HUF] [--no-basic-auth] [--quiet]
 *     [--workers 2] [--item-ms 50] [--max-execution-s 30] [--queue 64]
 * </pre>
 * {@code --workers} switches the server model on ({@link ServerModel#of}); the other three refine it.
 * With {@code --platform shoprenter} the Shoprenter API is served directly under the base URL:
 * {@code [--api-user U] [--api-password K] [--client-id C --client-secret S] [--rate-limit 3]} (see
 * {@code hu.webshopsync.emulator.shoprenter}).
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
        String clientId = null;
        String clientSecret = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--platform" -> config = config.withPlatform(platform(value(args, ++i, arg)));
                    case "--api-user" -> config = config.withShoprenterCredentials(value(args, ++i, arg),
                            config.shoprenter().apiPassword());
                    case "--api-password" -> config = config.withShoprenterCredentials(config.shoprenter().apiUser(),
                            value(args, ++i, arg));
                    case "--client-id" -> clientId = value(args, ++i, arg);
                    case "--client-secret" -> clientSecret = value(args, ++i, arg);
                    case "--rate-limit" -> config = config.withRateLimit(Integer.parseInt(value(args, ++i, arg)));
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
            if (clientId != null || clientSecret != null) {
                config = config.withShoprenterOAuth(clientId, clientSecret);
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
        String api = config.platform() == Platform.SHOPRENTER ? "Shoprenter API: " + shop.baseUrl()
                + " (token: POST " + shop.baseUrl() + "/oauth/shop/app/token)" : "WooCommerce API: " + shop.baseUrl() + "/wp-json/wc/v3";
        System.out.println("webshop-emulator listening on " + shop.baseUrl() + " (" + api + ", control: " + shop.baseUrl()
                + "/__emulator/) " + config);
        stopped.await();
    }

    private static Platform platform(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "woocommerce" -> Platform.WOOCOMMERCE;
            case "shoprenter" -> Platform.SHOPRENTER;
            default -> throw new IllegalArgumentException("--platform is woocommerce or shoprenter: " + name);
        };
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static void usage() {
        System.out.println("usage: java -jar webshop-emulator.jar [--platform woocommerce|shoprenter] [--port 8080]\n"
                + "  [--latency-ms N] [--jitter-ms N] [--seed N] [--quiet]\n"
                + "  [--fail-rate 0.1] [--fail-status 503] [--fail-route \"POST /batch\"]\n"
                + "WooCommerce (default): API under /wp-json/wc/v3\n"
                + "  [--consumer-key ck_...] [--consumer-secret cs_...]\n"
                + "  [--wp-user U] [--wp-app-password P]\n"
                + "  [--prices-include-tax] [--calc-taxes] [--currency HUF] [--no-basic-auth]\n"
                + "  [--workers W [--item-ms C] [--max-execution-s T] [--queue Q]]\n"
                + "Shoprenter: resources directly under the base URL (e.g. /productExtend), JSON only\n"
                + "  (send Accept and Content-Type: application/json), HTTP Basic with the API user, or a\n"
                + "  Bearer token (3600 s) from POST /oauth/{shop}/app/token when --client-id is given\n"
                + "  [--api-user demo-api-user] [--api-password demo-api-key]\n"
                + "  [--client-id C --client-secret S] [--rate-limit 3 (requests per second; 0 = off)]\n"
                + "Control endpoint: /__emulator/ (counters, faults, latency, state, reset, rate-limit)");
    }
}
