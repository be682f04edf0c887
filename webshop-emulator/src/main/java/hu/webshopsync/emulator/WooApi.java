package hu.webshopsync.emulator;

/** The WooCommerce REST v3 and WordPress media API: authentication by realm, then the route's endpoint. */
final class WooApi implements ShopApi {

    private final Router router;
    private final WooAuthenticator wooAuth;
    private final WpAuthenticator wpAuth;
    private final MediaLibrary media;

    WooApi(Router router, WooAuthenticator wooAuth, WpAuthenticator wpAuth, MediaLibrary media) {
        this.router = router;
        this.wooAuth = wooAuth;
        this.wpAuth = wpAuth;
        this.media = media;
    }

    @Override
    public String route(String method, String path) {
        return Router.normalize(method, path);
    }

    @Override
    public Response dispatch(Request request, WorkMeter work) {
        try {
            if (request.method().equals("GET") && request.path().startsWith("/wp-content/uploads/")) {
                ShopMedia m = media.byFile(request.path().substring("/wp-content/uploads/".length()));
                if (m == null) {
                    return new Response(404, new java.util.LinkedHashMap<>(), "Not Found".getBytes(), "text/plain");
                }
                return new Response(200, new java.util.LinkedHashMap<>(), m.data(), m.mimeType());
            }
            Router.Match match = router.match(request.method(), request.path());
            Router.Realm realm = match != null ? match.route().realm() : router.realmOf(request.path());
            if (realm == null && request.path().startsWith("/wp-json/wc/")) {
                realm = Router.Realm.WOO;
            }
            boolean authenticated = false;
            if (realm == Router.Realm.WOO || realm == Router.Realm.WP) {
                WooAuthenticator.Result auth = realm == Router.Realm.WOO ? wooAuth.authenticate(request)
                        : wpAuth.authenticate(request);
                if (auth.error() != null) {
                    return Response.error(auth.error());
                }
                authenticated = auth.authenticated();
            }
            if (match == null) {
                throw ApiException.noRoute();
            }
            return match.route().endpoint().handle(new Call(request, match.params(), authenticated, work));
        } catch (ApiException e) {
            return Response.error(e);
        } catch (WorkMeter.TimeLimitExceeded e) {
            throw e;
        } catch (RuntimeException e) {
            return Response.error(new ApiException(500, "internal_server_error",
                    "There has been a critical error on this website."));
        }
    }
}
