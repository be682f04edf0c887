package hu.webshopsync.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import hu.webshopsync.host.HostFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Activating the webshop module ({@code modules activate webshop --set …} with its live check)
 * against addresses that are not a usable shop: a web server that is not WooCommerce, plain http to
 * another machine, and a shop behind a self-signed certificate, which is accepted only with that
 * certificate as {@code caFile} (never by trusting everything). One ERP and one emulator serve all
 * cases; a refused activation changes nothing.
 */
class ShopAddressCheckIT {

    private static final String PASSWORD = "changeit";

    @TempDir
    static Path dir;

    private static ReliabilityRig rig;

    @BeforeAll
    static void start() {
        rig = ReliabilityRig.start(dir, 61);
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    private static HostFixture.CliRun activate(String url, String... extra) {
        List<String> args = new ArrayList<>(List.of("modules", "activate", "webshop",
                "--set", "url=" + url,
                "--set", "consumerKey=" + rig.config().consumerKey(),
                "--set", "consumerSecret=" + rig.config().consumerSecret()));
        for (String setting : extra) {
            args.add("--set");
            args.add(setting);
        }
        return rig.cli(args.toArray(String[]::new));
    }

    private static boolean active() {
        for (var module : rig.json("modules", "list", "--json")) {
            if (module.get("id").asText().equals("webshop")) {
                return module.get("active").asBoolean();
            }
        }
        return false;
    }

    @Test
    void aWebServerThatIsNotWooCommerceIsRefused() throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", exchange -> {
            boolean api = exchange.getRequestURI().getPath().startsWith("/wp-json");
            byte[] body = (api ? "<html><body>404 Not Found</body></html>"
                    : "<html><body><h1>Kovács Kft. bemutatkozó oldala</h1></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(api ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
        try {
            HostFixture.CliRun refused = activate("http://127.0.0.1:" + site.getAddress().getPort());

            System.out.println("[reliability] not WooCommerce: exit " + refused.exitCode() + " " + refused.out() + refused.err());
            assertThat(refused.exitCode()).isNotZero();
            assertThat(refused.out() + refused.err()).contains("nem WooCommerce REST API válaszol (HTTP 404)");
            assertThat(active()).isFalse();
        } finally {
            site.stop(0);
        }
    }

    @Test
    void plainHttpToAnotherMachineNeedsTheExplicitSettingAndThenWarns() {
        HostFixture.CliRun refused = activate("http://shop.example.invalid");

        System.out.println("[reliability] http elsewhere: exit " + refused.exitCode() + " " + refused.out() + refused.err());
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.out() + refused.err()).contains("HTTPS címet igényel");

        HostFixture.CliRun allowed = activate("http://shop.example.invalid", "allowInsecureHttp=true",
                "connectTimeoutSeconds=2");

        System.out.println("[reliability] http allowed: exit " + allowed.exitCode() + " " + allowed.out() + allowed.err());
        String said = allowed.out() + allowed.err();
        assertThat(said).doesNotContain("HTTPS címet igényel");
        assertThat(said).contains("titkosítatlan (http)");
        // the name does not resolve (.invalid), so the live check still refuses it as unreachable
        assertThat(allowed.exitCode()).isNotZero();
        assertThat(said).contains("A webáruház modul nem kapcsolható be. A webáruház").contains("(shop.example.invalid)");
        assertThat(active()).isFalse();
    }

    @Test
    void aSelfSignedCertificateIsAcceptedOnlyWithItsCaFile() throws Exception {
        Path tls = Files.createDirectories(dir.resolve("tls"));
        Path keystore = tls.resolve("shop.p12");
        Path certificate = tls.resolve("shop.pem");
        keytool("-genkeypair", "-alias", "shop", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1, O=Webshop Sync test", "-ext", "san=ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "shop", "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString());
        HttpsServer front = tlsFrontDoor(keystore, rig.shop().baseUrl());
        try {
            String url = "https://127.0.0.1:" + front.getAddress().getPort();

            HostFixture.CliRun refused = activate(url);

            System.out.println("[reliability] self-signed: exit " + refused.exitCode() + " " + refused.out() + refused.err());
            assertThat(refused.exitCode()).isNotZero();
            assertThat(refused.out() + refused.err()).contains("tanúsítványa nem fogadható el");
            assertThat(active()).isFalse();

            HostFixture.CliRun accepted = activate(url, "caFile=" + certificate);

            System.out.println("[reliability] self-signed with caFile: exit " + accepted.exitCode() + " " + accepted.out());
            assertThat(accepted.exitCode()).as(accepted.out() + accepted.err()).isZero();
            assertThat(accepted.out()).contains("Kapcsolat rendben: 127.0.0.1");
            assertThat(active()).isTrue();
            rig.ok("modules", "deactivate", "webshop");
        } finally {
            front.stop(0);
        }
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("keytool " + String.join(" ", args) + "\n" + output).isZero();
    }

    /** An HTTPS server with the self-signed key that passes every request on to the emulator. */
    private static HttpsServer tlsFrontDoor(Path keystore, String target) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD.toCharArray());
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(kmf.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(ssl));
        HttpClient client = HttpClient.newHttpClient();
        server.createContext("/", exchange -> forward(exchange, client, target));
        server.start();
        return server;
    }

    private static final Set<String> PASSED_ON = Set.of("authorization", "content-type", "content-disposition");

    private static void forward(HttpExchange exchange, HttpClient client, String target) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (PASSED_ON.contains(name.toLowerCase())) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().map().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("transfer-encoding")
                        && !name.equalsIgnoreCase("connection") && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] out = answer.body();
            exchange.sendResponseHeaders(answer.statusCode(), out.length == 0 ? -1 : out.length);
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
        }
    }
}
