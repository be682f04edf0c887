package hu.webshopsync.emulator;

import com.sun.net.httpserver.Headers;

import java.net.InetAddress;

/**
 * One HTTP request, body read. Public so that a platform's API in a sub-package can serve it.
 *
 * @param rawPath the path as sent (percent-encoded), needed for OAuth signatures
 * @param path    the decoded path
 */
public record Request(String method, String rawPath, String path, String rawQuery, QueryParams query, Headers headers,
               byte[] body, InetAddress remote) {

    /** The first value of a request header, or {@code null}. */
    public String header(String name) {
        return headers.getFirst(name);
    }
}
