package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import hu.webshopsync.webshop.shop.HttpTransport;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** A WireMock server on 127.0.0.1 and a Shoprenter client to it that never waits for real. */
final class SrWire implements AutoCloseable {

    final WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1")
            .dynamicPort());
    final ShoprenterClient client;
    final SrShopCache cache = new SrShopCache();

    SrWire() {
        server.start();
        SrAccess access = new SrAccess(URI.create("http://127.0.0.1:" + server.port() + "/api"),
                new SrCredentials.Basic("u", "p"), Duration.ofSeconds(2), Duration.ofSeconds(5), Optional.empty(),
                1000);
        client = new ShoprenterClient(access, HttpTransport.create(Duration.ofSeconds(2), Optional.empty()),
                JsonMapper.builder().build(), Clock.systemUTC(), SrHttp.Policy.DEFAULT, d -> { }, () -> 1.0);
    }

    String base() {
        return client.baseUrl().toString();
    }

    @Override
    public void close() {
        server.stop();
    }
}
