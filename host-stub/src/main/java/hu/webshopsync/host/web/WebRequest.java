package hu.webshopsync.host.web;

import hu.webshopsync.host.text.Texts;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One browser request as the pages see it: the Javalin context, the user's language, the session
 * and its CSRF token.
 *
 * @param ctx       the request
 * @param text      the texts in the user's language
 * @param sessionId the browser session
 * @param sessions  the sessions, for tokens and notices
 */
record WebRequest(Context ctx, Texts text, String sessionId, Sessions sessions) {

    /** The languages offered, the ERP's own first. */
    static final List<String> LANGUAGES = List.of("hu", "en");

    /**
     * Reads the language ({@code ?lang=} remembered in a cookie) and the session of a request.
     *
     * @param ctx      the request
     * @param sessions the sessions
     * @return the request
     */
    static WebRequest of(Context ctx, Sessions sessions) {
        String lang = ctx.queryParam("lang");
        if (lang != null && LANGUAGES.contains(lang)) {
            ctx.cookie(Sessions.cookie(Sessions.LANG_COOKIE, lang, 365 * 24 * 3600));
        }
        return new WebRequest(ctx, Texts.console(language(ctx)), sessions.session(ctx), sessions);
    }

    /**
     * The user's language ({@code ?lang=}, else the cookie, else Hungarian) without touching the
     * session or the cookies.
     *
     * @param ctx the request
     * @return the language
     */
    static Locale language(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang == null || !LANGUAGES.contains(lang)) {
            lang = ctx.cookie(Sessions.LANG_COOKIE);
        }
        return Locale.forLanguageTag(lang != null && LANGUAGES.contains(lang) ? lang : LANGUAGES.get(0));
    }

    Locale locale() {
        return text.locale();
    }

    String t(String key, Object... args) {
        return text.get(key, args);
    }

    /** The hidden CSRF field every form carries. */
    Html csrfField() {
        return new Html().open("input", "type", "hidden", "name", Sessions.CSRF_FIELD, "value",
                sessions.token(sessionId));
    }

    String csrfToken() {
        return sessions.token(sessionId);
    }

    /** This page in another language: the same path and query, {@code lang} replaced. */
    String inLanguage(String lang) {
        StringJoiner query = new StringJoiner("&", "?", "");
        for (Map.Entry<String, List<String>> param : ctx.queryParamMap().entrySet()) {
            if (!param.getKey().equals("lang")) {
                param.getValue().forEach(v -> query.add(encode(param.getKey()) + "=" + encode(v)));
            }
        }
        query.add("lang=" + lang);
        return ctx.path() + query;
    }

    void notice(String text, boolean error, String link) {
        sessions.notice(sessionId, new Sessions.Notice(text, error, link));
    }

    Optional<Sessions.Notice> takeNotice() {
        return sessions.takeNotice(sessionId);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
