package hu.webshopsync.webshop.shop;

import hu.webshopsync.webshop.text.Messages;
import hu.webshopsync.api.ProgressListener;
import hu.webshopsync.webshop.shop.RetryListener;
import java.util.Locale;
import java.util.Objects;

/**
 * Shows the shop client's waits as a status line of the running action, e.g. "Várakozás a
 * webáruházra (503), 2/5. próba (1,5 mp)", so that a slow run says why it is slow.
 */
public final class RetryStatus implements RetryListener {

    private final ProgressListener progress;
    private final Messages messages;
    private final Locale locale;

    private RetryStatus(ProgressListener progress, Messages messages, Locale locale) {
        this.progress = Objects.requireNonNull(progress, "progress");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /**
     * @param progress the action's progress
     * @param messages the plugin's main bundle
     * @param locale   the user's language
     * @return a listener that reports each wait to the progress
     */
    public static RetryStatus to(ProgressListener progress, Messages messages, Locale locale) {
        return new RetryStatus(progress, messages, locale);
    }

    @Override
    public void waiting(Wait wait) {
        double seconds = Math.round(wait.delay().toMillis() / 100.0) / 10.0;
        progress.status(messages.get(locale, "progress.waitingForShop", wait.cause(), wait.nextAttempt(),
                wait.maxAttempts(), seconds));
    }
}
