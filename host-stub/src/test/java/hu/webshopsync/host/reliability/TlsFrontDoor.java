package hu.webshopsync.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
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

/**
 * An HTTPS address for the emulator: a server on 127.0.0.1 with a freshly made self-signed
 * certificate (given to the plugin as {@code caFile}) that passes every request on, as a shop that
 * moved to HTTPS or sits behind its own certificate would be reached.
 */
final class TlsFrontDoor implements AutoCloseable {

    private static final String PASSWORD = "changeit";

    private final HttpsServer server;
    private final Path certificate;

    private TlsFrontDoor(HttpsServer server, Path certificate) {
        this.server = server;
        this.certificate = certificate;
    }

    /**
     * Makes the key and certificate in a folder and starts the server.
     *
     * @param folder where the key store and the certificate go
     * @param target the address requests are passed on to
     * @return the running front door
     */
    static TlsFrontDoor start(Path folder, String target) throws Exception {
        Path tls = Files.createDirectories(folder);
        Path keystore = tls.resolve("shop.p12");
        Path certificate = tls.resolve("shop.pem");
        keytool("-genkeypair", "-alias", "shop", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1, O=Webshop Sync test", "-ext", "san=ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "shop", "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString());
        return new TlsFrontDoor(server(keystore, target), certificate);
    }

    /** @return {@code https://127.0.0.1:PORT} */
    String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    /** @return the self-signed certificate, PEM */
    Path certificate() {
        return certificate;
    }

    @Override
    public void close() {
        server.stop(0);
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

    /** An HTTPS server with the self-signed key that passes every request on to the target. */
    private static HttpsServer server(Path keystore, String target) throws Exception {
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
