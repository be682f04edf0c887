package hu.webshopsync.host.web;

import java.util.List;

/**
 * The frame around every page, in the ERP's look: a header bar (with the automatic sync's state), the menu on the left, the
 * breadcrumb and title, a one-shot notice, the actions running in the background, then the page.
 */
final class Layout {

    private final ActionRuns runs;
    private final boolean demoShop;
    private final ScheduleBanner schedule;

    Layout(ActionRuns runs, boolean demoShop) {
        this(runs, demoShop, ScheduleBanner.none());
    }

    Layout(ActionRuns runs, boolean demoShop, ScheduleBanner schedule) {
        this.runs = runs;
        this.demoShop = demoShop;
        this.schedule = schedule;
    }

    /**
     * Renders a page.
     *
     * @param r     the request
     * @param menu  the menu item the page belongs to
     * @param title the page title
     * @param body  the page's content
     * @param head  extra head elements (e.g. a refresh fallback), or {@code null}
     * @return the HTML document
     */
    String page(WebRequest r, MenuItem menu, String title, Html body, Html head) {
        Html h = new Html().constant("<!DOCTYPE html>");
        h.open("html", "lang", r.locale().getLanguage()).open("head")
                .open("meta", "charset", "utf-8")
                .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", title + " – " + r.t("app.name"))
                .open("link", "rel", "stylesheet", "href", "/assets/console.css");
        if (head != null) {
            h.append(head);
        }
        h.close("head").open("body");
        header(h, r);
        h.open("div", "class", "frame");
        menu(h, r, menu);
        h.open("main", "class", "content");
        h.open("div", "class", "breadcrumb").text(r.t(menu.sectionKey())).text(" › ").text(r.t(menu.titleKey()))
                .close("div");
        h.element("h1", title);
        r.takeNotice().ifPresent(n -> {
            h.open("div", "class", n.error() ? "notice error" : "notice", "role", "status", "id", "notice");
            paragraphs(h, n.text());
            if (n.link() != null) {
                h.open("p").element("a", r.t("notice.open"), "href", n.link()).close("p");
            }
            h.close("div");
        });
        running(h, r);
        h.append(body);
        h.close("main").close("div").close("body").close("html");
        return h.toString();
    }

    private void header(Html h, WebRequest r) {
        h.open("header", "class", "top")
                .element("span", r.t("app.brand"), "class", "brand")
                .element("span", r.t("app.name"), "class", "app")
                .open("nav", "class", "lang", "aria-label", r.t("lang.switch"));
        for (String lang : WebRequest.LANGUAGES) {
            boolean current = lang.equals(r.locale().getLanguage());
            h.element("a", r.t("lang." + lang), "href", r.inLanguage(lang), "class", current ? "current" : null,
                    "id", "lang-" + lang);
        }
        h.close("nav").close("header");
        schedule.write(h, r);
    }

    private void menu(Html h, WebRequest r, MenuItem active) {
        h.open("nav", "class", "menu");
        String section = null;
        for (MenuItem item : MenuItem.values()) {
            if (item == MenuItem.DEMO_SHOP && !demoShop) {
                continue;
            }
            if (!item.sectionKey().equals(section)) {
                if (section != null) {
                    h.close("ul");
                }
                section = item.sectionKey();
                h.element("div", r.t(section), "class", "section").open("ul");
            }
            h.open("li").element("a", r.t(item.titleKey()), "href", item.path(), "id", "menu-" + item.name()
                    .toLowerCase(java.util.Locale.ROOT), "class", item == active ? "active" : null).close("li");
        }
        h.close("ul").close("nav");
    }

    private void running(Html h, WebRequest r) {
        List<ActionProgress> running = runs.running();
        if (running.isEmpty()) {
            return;
        }
        h.open("div", "class", "running");
        for (ActionProgress p : running) {
            h.open("p").text(r.t("run.runningBanner", p.label(), p.done(), p.total() > 0 ? p.total() : "?"))
                    .text(" ").element("a", r.t("run.view"), "href", "/runs/" + p.ticket()).close("p");
        }
        h.close("div");
    }

    /** Writes a multi-line message (confirmations have several lines) as paragraphs. */
    static void paragraphs(Html h, String text) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                h.element("p", line);
            }
        }
    }
}
