package hu.webshopsync.host.web;

import hu.webshopsync.host.Host;
import hu.webshopsync.host.schedule.ScheduleStatus;
import hu.webshopsync.host.text.Texts;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ERP's screens in a browser ({@code host-stub serve}): server-rendered pages over the host's
 * own services. Everything plugin-specific (buttons, sheet fields, modules) comes from the
 * extension points, so the console knows no plugin. It answers only to its own address (against DNS
 * rebinding); every POST must come from its own page and carry the session's CSRF token; cookies are
 * SameSite=Strict; by default it listens on loopback only.
 */
public final class WebConsole implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebConsole.class);

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final Host host;
    private final Sessions sessions = new Sessions();
    private final ActionRuns runs;
    private final Layout layout;
    private final byte[] css;
    private final byte[] js;
    private final Javalin app;
    private final String bind;
    private final OwnAddress address;

    /** The console refused a non-loopback address without the explicit permission. */
    public static final class NonLoopbackRefused extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        NonLoopbackRefused(String bind) {
            super("not a loopback address: " + bind);
        }
    }

    private WebConsole(Host host, ConsoleOptions options, Optional<TestOrderShop> testShop,
                       Supplier<List<ScheduleStatus>> schedule) {
        this.host = host;
        this.runs = new ActionRuns(host::actionRunner, host::redactor, host.config().clock());
        this.layout = new Layout(runs, testShop.isPresent(), new ScheduleBanner(schedule,
                (actionId, locale) -> host.extensions().action(actionId).map(a -> a.label(locale)).orElse(actionId)));
        this.css = resource("console.css");
        this.js = resource("console.js");
        this.bind = options.bind();
        this.address = new OwnAddress(options.bind(), options.hostNames());
        ProductListPage productList = new ProductListPage(host, layout);
        ProductPages products = new ProductPages(host, layout);
        OrderPages orders = new OrderPages(host, layout);
        ModulePages modules = new ModulePages(host, layout);
        HistoryPages history = new HistoryPages(host, layout);
        RunPages actionRuns = new RunPages(host, layout, runs);
        Optional<DemoShopPage> demoShop = testShop.map(shop -> new DemoShopPage(layout, shop));
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            RoutesConfig routes = config.routes;
            routes.before(this::guard);
            routes.get("/", ctx -> ctx.redirect("/products"));
            routes.get("/assets/console.css", ctx -> asset(ctx, css, "text/css; charset=utf-8"));
            routes.get("/assets/console.js", ctx -> asset(ctx, js, "text/javascript; charset=utf-8"));
            routes.get("/products", page(productList::list));
            routes.get("/product", page(products::sheet));
            routes.post("/product/fields", page(products::saveFields));
            routes.post("/product/edit", page(products::saveOwn));
            routes.get("/product/image", page(new ProductImages(host)::image));
            routes.get("/orders", page(orders::list));
            routes.get("/order", page(orders::detail));
            routes.post("/order/fulfil", page(orders::fulfil));
            routes.post("/order/cancel", page(orders::cancel));
            routes.get("/modules", page(modules::list));
            routes.post("/modules/activate", page(modules::activate));
            routes.post("/modules/deactivate", page(modules::deactivate));
            routes.get("/history", page(history::list));
            routes.get("/history/{id}", page(history::detail));
            routes.post("/actions/start", page(actionRuns::start));
            routes.get("/runs/{ticket}", page(actionRuns::show));
            routes.get("/runs/{ticket}/progress", page(actionRuns::progress));
            routes.post("/runs/{ticket}/cancel", page(actionRuns::cancel));
            demoShop.ifPresent(shop -> {
                routes.get("/demo-shop", page(shop::show));
                routes.post("/demo-shop/order", page(shop::place));
            });
            routes.exception(ForeignHost.class, (e, ctx) -> refuseHost(ctx));
            routes.exception(Refused.class, this::refuse);
            routes.exception(Exception.class, (e, ctx) -> failure(ctx, e));
        });
    }

    /**
     * Starts the console; the plugins are loaded first so that the first page is quick.
     *
     * @param host    the open host; the console does not close it
     * @param options where to listen
     * @return the running console
     * @throws NonLoopbackRefused when asked to listen beyond this machine without permission
     */
    public static WebConsole start(Host host, ConsoleOptions options) {
        return start(host, options, Optional.empty());
    }

    /**
     * Starts the console with a shop to place test orders in ({@code demo --serve}).
     *
     * @param host     the open host; the console does not close it
     * @param options  where to listen
     * @param testShop the shop the Bemutató webáruház page places orders in, if any
     * @return the running console
     * @throws NonLoopbackRefused when asked to listen beyond this machine without permission
     */
    public static WebConsole start(Host host, ConsoleOptions options, Optional<TestOrderShop> testShop) {
        return start(host, options, testShop, List::of);
    }

    /**
     * Starts the console, its header showing the automatic sync ({@code serve}).
     *
     * @param host     the open host; the console does not close it
     * @param options  where to listen
     * @param testShop the shop the Bemutató webáruház page places orders in, if any
     * @param schedule where the schedule this process runs stands now
     * @return the running console
     * @throws NonLoopbackRefused when asked to listen beyond this machine without permission
     */
    public static WebConsole start(Host host, ConsoleOptions options, Optional<TestOrderShop> testShop,
                                   Supplier<List<ScheduleStatus>> schedule) {
        if (!options.bindsLoopback() && !options.allowRemote()) {
            throw new NonLoopbackRefused(options.bind());
        }
        host.plugins();
        WebConsole console = new WebConsole(host, options, testShop, schedule);
        console.app.start(options.bind(), options.port());
        return console;
    }

    /**
     * The port it listens on.
     *
     * @return the port
     */
    public int port() {
        return app.port();
    }

    /**
     * The address to open in a browser.
     *
     * @return e.g. {@code http://127.0.0.1:8080}
     */
    public String url() {
        String hostPart = bind;
        try {
            if (InetAddress.getByName(bind).getAddress().length == 16) {
                hostPart = "[" + bind + "]";
            }
        } catch (UnknownHostException e) {
            // a name that did not resolve could not have been bound; keep it as given
        }
        return "http://" + hostPart + ":" + port();
    }

    /**
     * Stops taking requests, then asks running actions to stop at a safe point and waits for them,
     * so their history is recorded before the caller closes the host.
     */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            runs.close();
        }
    }

    private interface Page {
        void render(WebRequest request) throws Exception;
    }

    private Handler page(Page page) {
        return ctx -> page.render(WebRequest.of(ctx, sessions));
    }

    /** A request the console does not serve; the key names the reason shown to the user. */
    private static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String reasonKey;

        Refused(String reasonKey) {
            super(reasonKey, null, false, false);
            this.reasonKey = reasonKey;
        }
    }

    /** A request for a name the console does not answer to (see {@link OwnAddress}). */
    private static final class ForeignHost extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ForeignHost() {
            super("foreign Host header", null, false, false);
        }
    }

    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        String hostHeader = ctx.header(Header.HOST);
        if (!address.accepts(hostHeader)) {
            throw new ForeignHost();
        }
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            if (!address.sameOrigin(hostHeader, ctx.header(Header.ORIGIN), ctx.header(Header.REFERER))) {
                throw new Refused("error.foreignOrigin");
            }
            if (!sessions.validPost(ctx)) {
                throw new Refused("error.forbidden");
            }
        }
    }

    private void refuse(Refused refused, Context ctx) {
        LOG.warn("console refused {} {}: {}", ctx.method(), ctx.path(), refused.reasonKey);
        WebRequest r = WebRequest.of(ctx, sessions);
        ctx.status(HttpStatus.FORBIDDEN);
        ctx.html(layout.page(r, MenuItem.PRODUCTS, r.t("error.forbiddenTitle"),
                new Html().element("p", r.t(refused.reasonKey)), null));
    }

    /**
     * A page that may be read by another site: it says where the console is and nothing else, and
     * starts no session.
     */
    private void refuseHost(Context ctx) {
        LOG.warn("console refused {} {} for a foreign Host header", ctx.method(), ctx.path());
        Texts text = Texts.console(WebRequest.language(ctx));
        String title = text.get("error.foreignHostTitle");
        ctx.status(HttpStatus.FORBIDDEN);
        ctx.html(new Html().constant("<!DOCTYPE html>").open("html", "lang", text.locale().getLanguage())
                .open("head").open("meta", "charset", "utf-8").element("title", title).close("head")
                .open("body").element("h1", title).element("p", text.get("error.foreignHost", url()))
                .close("body").close("html").toString());
    }

    private void failure(Context ctx, Exception e) {
        String message = host.redactor().apply(e.getClass().getSimpleName() + ": " + e.getMessage());
        LOG.warn("console page {} failed: {}", ctx.path(), message);
        WebRequest r = WebRequest.of(ctx, sessions);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
        ctx.html(layout.page(r, MenuItem.PRODUCTS, r.t("error.title"),
                new Html().element("p", r.t("error.unexpected", message)), null));
    }

    private static void asset(Context ctx, byte[] bytes, String type) {
        ctx.header("Cache-Control", "max-age=300").contentType(type).result(bytes);
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebConsole.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing console resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
