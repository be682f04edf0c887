package hu.webshopsync.emulator;

import com.sun.net.httpserver.Headers;

import java.net.InetAddress;

/**
 * One HTTP request, body read.
 *
 * @param rawPath the path as sent (percent-encoded), needed for OAuth signatures
 * @param path    the decoded path
 */
record Request(String method, String rawPath, String path, String rawQuery, QueryParams query, Headers headers,
               byte[] body, InetAddress remote) {

    String header(String name) {
        return headers.getFirst(name);
    }
}
