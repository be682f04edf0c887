package hu.webshopsync.webshop.shop;

import feign.Client;
import feign.http2client.Http2Client;
import hu.webshopsync.webshop.settings.InvalidSettingException;
import hu.webshopsync.webshop.settings.SettingKeys;
import hu.webshopsync.webshop.settings.WebshopSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
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
 * options carry the same connect timeout and redirect flag. Neutral: every platform's adapter runs
 * on it.
 */
public final class HttpTransport {

    private HttpTransport() {
    }

    /**
     * @param settings the module's settings (connect timeout, CA file)
     * @return the client
     */
    public static Client create(WebshopSettings settings) {
        return create(settings.connectTimeout(), settings.caFile());
    }

    /**
     * @param connectTimeout TCP/TLS connect timeout
     * @param caFile         a CA certificate to trust instead of the JDK's, if any
     * @return the client
     */
    public static Client create(Duration connectTimeout, Optional<Path> caFile) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout);
        caFile.ifPresent(ca -> builder.sslContext(trusting(ca)));
        return new Http2Client(builder.build());
    }

    /** A CA file holds a few certificates of a few KB each; more is not a certificate file. */
    static final long CA_FILE_MAX_BYTES = 1024 * 1024;

    /** Trusts exactly the certificates in the file (PEM or DER): a shop with its own CA. */
    private static SSLContext trusting(Path caFile) {
        try {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(readCaFile(caFile)));
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

    /**
     * Reads at most {@link #CA_FILE_MAX_BYTES}: {@code /dev/zero}, a pipe or a directory given by
     * mistake must end the activation with a message, not hang it or fill the memory.
     */
    private static byte[] readCaFile(Path caFile) throws IOException {
        if (!Files.exists(caFile)) {
            throw new InvalidSettingException(SettingKeys.CA_FILE, "error.setting.caFileMissing", caFile.toString());
        }
        if (!Files.isRegularFile(caFile)) {
            throw new InvalidSettingException(SettingKeys.CA_FILE, "error.setting.caFileNotRegular", caFile.toString());
        }
        try (InputStream in = Files.newInputStream(caFile)) {
            // the size is read, not asked: a file that grows (or lies about its size) is still capped
            byte[] bytes = in.readNBytes((int) CA_FILE_MAX_BYTES + 1);
            if (bytes.length > CA_FILE_MAX_BYTES) {
                throw new InvalidSettingException(SettingKeys.CA_FILE, "error.setting.caFileTooLarge",
                        caFile.toString(), CA_FILE_MAX_BYTES / (1024 * 1024));
            }
            return bytes;
        }
    }
}
