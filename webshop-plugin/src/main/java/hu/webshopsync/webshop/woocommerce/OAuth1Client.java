package hu.webshopsync.webshop.woocommerce;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Objects;

/**
 * Signs each request with OAuth 1.0a right before it goes out. A client decorator rather than a
 * request interceptor because the signature covers the final absolute URL (interceptors see the
 * template before the target is applied) and because the client runs once per attempt, so every
 * retry carries a fresh nonce.
 */
final class OAuth1Client implements Client {

    private final Client delegate;
    private final OAuth1Signer signer;

    OAuth1Client(Client delegate, OAuth1Signer signer) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        String signed = signer.sign(request.httpMethod().name(), request.url());
        Request out = Request.create(request.httpMethod(), signed, request.headers(), request.body(),
                request.charset(), request.requestTemplate());
        return delegate.execute(out, options);
    }
}
