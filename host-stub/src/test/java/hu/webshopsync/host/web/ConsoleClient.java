package hu.webshopsync.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser stand-in for the console's HTTP tests: plain GETs and form POSTs with the session
 * cookie, redirects not followed so that a test sees the 303, and the session cookie and the CSRF
 * token read from a page as a browser would take them.
 */
final class ConsoleClient {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final WebConsole console;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    ConsoleClient(WebConsole console) {
        this.console = console;
    }

    HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        return http.send(request(path, cookie).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(request(path, null).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Sends a form.
     *
     * @param headers more header name, value pairs, e.g. a foreign {@code Origin}
     */
    HttpResponse<String> post(String path, String form, String cookie, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(console.url() + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return request;
    }

    static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Sessions.SESSION_COOKIE + "=")).findFirst().orElseThrow().split(";")[0];
    }

    static String token(HttpResponse<String> page) {
        Matcher m = TOKEN.matcher(page.body());
        assertThat(m.find()).as("a form with a CSRF token").isTrue();
        return m.group(1);
    }
}
