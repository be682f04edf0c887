package hu.webshopsync.webshop.woocommerce;

import feign.Client;
import feign.http2client.Http2Client;
import hu.webshopsync.webshop.InvalidSettingException;
import hu.webshopsync.webshop.SettingKeys;
import hu.webshopsync.webshop.WebshopSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds the JDK HTTP client a shop connection runs on.
 *
 * <p>HTTP/1.1 only: shared WordPress hosts and the PHP server often mishandle HTTP/2 upgrades
 * (h2c over plain HTTP), and batch writes gain nothing from multiplexing. Redirects are not
 * followed: a POST redirected from http to https would silently turn into a GET, so a redirect is
 * reported instead. The connect timeout is set here; Feign's {@code Http2Client} applies the read
 * timeout to every request as the JDK request timeout and reuses this client as long as the Feign
 * options carry the same connect timeout and redirect flag.
 */
final class HttpTransport {

    private HttpTransport() {
    }

    static Client create(WebshopSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout());
        settings.caFile().ifPresent(ca -> builder.sslContext(trusting(ca)));
        return new Http2Client(builder.build());
    }

    /** Trusts exactly the certificates in the file (PEM or DER): a shop with its own CA. */
    private static SSLContext trusting(java.nio.file.Path caFile) {
        try (InputStream in = Files.newInputStream(caFile)) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw new InvalidSettingException(SettingKeys.CA_FILE, "error.setting.caFile", caFile.toString());
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate cert : certs) {
                store.setCertificateEntry("ca-" + i++, cert);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new InvalidSettingException(SettingKeys.CA_FILE, "error.setting.caFile", caFile.toString());
        }
    }
}
