package hu.webshopsync.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import hu.webshopsync.host.HostFixture;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        TlsFrontDoor front = TlsFrontDoor.start(dir.resolve("tls"), rig.shop().baseUrl());
        Path certificate = front.certificate();
        try {
            String url = front.url();

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
            front.close();
        }
    }
}
