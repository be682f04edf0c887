package hu.webshopsync.host.plugins;

import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.ListAction;
import hu.webshopsync.api.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Puts a run's item reasons into the reader's language: the action that made the run turns its
 * kept texts into words; where it cannot (a run recorded before texts were kept, a plugin since
 * removed, a text it does not know) the words stored with the run are shown.
 */
public final class ItemWords {

    private final Function<String, Optional<ListAction>> actions;

    /**
     * @param actions finds an installed action by its id
     */
    public ItemWords(Function<String, Optional<ListAction>> actions) {
        this.actions = actions;
    }

    /**
     * The reason lines of each item, in order: one per kept text, or the stored words as one line,
     * or none when there is nothing to say.
     *
     * @param actionId the action that made the run
     * @param items    the run's item lines
     * @param locale   the reader's language
     * @return the lines of each item, index for index
     */
    public List<List<String>> lines(String actionId, List<ItemLine> items, Locale locale) {
        Optional<ListAction> action = items.stream().anyMatch(i -> !i.texts().isEmpty())
                ? actions.apply(actionId) : Optional.empty();
        List<List<String>> all = new ArrayList<>(items.size());
        for (ItemLine item : items) {
            all.add(lines(action, item, locale));
        }
        return all;
    }

    /**
     * A run's confirmation message in the reader's language, or the stored words where the run kept
     * no texts or the action cannot say one of them.
     *
     * @param actionId the action that made the run
     * @param stored   the message as the run stored it
     * @param texts    the message's lines as texts, possibly none
     * @param locale   the reader's language
     * @return the message
     */
    public String message(String actionId, String stored, List<LocalizedText> texts, Locale locale) {
        if (texts.isEmpty()) {
            return stored;
        }
        return words(actions.apply(actionId), texts, locale).map(l -> String.join("\n", l)).orElse(stored);
    }

    private static List<String> lines(Optional<ListAction> action, ItemLine item, Locale locale) {
        if (!item.texts().isEmpty()) {
            Optional<List<String>> words = words(action, item.texts(), locale);
            if (words.isPresent()) {
                return words.get();
            }
        }
        return item.reason().isEmpty() ? List.of() : List.of(item.reason());
    }

    private static Optional<List<String>> words(Optional<ListAction> action, List<LocalizedText> texts,
                                                Locale locale) {
        if (action.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (LocalizedText text : texts) {
            Optional<String> said = said(action.get(), text, locale);
            if (said.isEmpty()) {
                return Optional.empty();
            }
            words.add(said.get());
        }
        return Optional.of(words);
    }

    private static Optional<String> said(ListAction action, LocalizedText text, Locale locale) {
        try {
            Optional<String> said = PluginCalls.call(action, () -> action.text(text, locale));
            return said == null ? Optional.empty() : said;
        } catch (RuntimeException | LinkageError e) {
            // a plugin that fails here must not hide the run: its stored words are shown instead
            return Optional.empty();
        }
    }
}
