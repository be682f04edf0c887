package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.emulator.QueryParams;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Paths to calls: {@code /resource[/id]}, with or without the {@code /api} prefix of the api2 host
 * (api/12). A batch item's {@code uri} is absolute; its host is not checked (which host the shop
 * expects under api2 is UNVERIFIED).
 */
final class SrUris {

    SrCall call(String method, String rawPath, String rawQuery, JsonNode body) {
        String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.equals("api") || path.startsWith("api/")) {
            path = path.substring(3).replaceFirst("^/", "");
        }
        String[] segments = path.isEmpty() ? new String[0] : path.split("/");
        if (segments.length < 1 || segments.length > 2) {
            throw SrError.noRoute("/" + path);
        }
        return new SrCall(method, segments[0], segments.length == 2 ? segments[1] : null, path,
                QueryParams.parse(rawQuery), body);
    }

    SrCall call(String method, String uri, JsonNode body) {
        try {
            URI u = new URI(uri.trim());
            return call(method, u.getRawPath() == null ? "" : u.getRawPath(), u.getRawQuery(), body);
        } catch (URISyntaxException e) {
            throw SrError.noRoute(uri);
        }
    }
}
