package hu.webshopsync.webshop.images;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.PluginStateStore;
import hu.webshopsync.webshop.shop.ShopException;
import hu.webshopsync.webshop.shop.ShopUnreachableException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Decides, per product and run, which media item the shop product shows, uploading an image only
 * when its content is new: the media binding (kind {@value #KIND}, key = SKU) holds the media id,
 * the content's SHA-256 and the file's stamp. A file whose stamp is unchanged is not even read.
 *
 * <p>An upload is safe to repeat: it carries a deterministic {@link MediaName}, and before it is
 * sent an upload intent (kind {@value #INTENT_KIND}, key = SKU, content hash) is stored. After an
 * answer that may have been lost, or when a later run finds the intent for the same content, the
 * shop's media are searched for the name's token and a match is adopted instead of uploading
 * again. An intent is never cleared: it only matters while the media binding does not yet hold
 * its content, and the next upload for the SKU replaces it.
 *
 * <p>One run decides on one thread; only the uploads run on the executor it is given.
 */
public final class ImageResolver {

    /** The binding kind of uploaded images. */
    public static final String KIND = "media";

    /** The binding kind of upload intents, stored before an upload is sent. */
    public static final String INTENT_KIND = "media-upload";

    private final ImageInspector inspector;
    private final MediaShop media;
    private final PluginStateStore state;
    private final boolean full;
    private boolean uploadNeededWithoutCredentials;
    // set by an upload on a writer thread, read by the others and by the run's thread
    private volatile MediaRefusedException uploadsRefused;

    /**
     * @param inspector checks files
     * @param media     the media upload, or {@code null} when no image credentials are configured
     * @param state     where upload intents are kept across runs
     * @param full      whether to re-read every file (a full resend)
     */
    public ImageResolver(ImageInspector inspector, MediaShop media, PluginStateStore state, boolean full) {
        this.inspector = Objects.requireNonNull(inspector, "inspector");
        this.media = media;
        this.state = Objects.requireNonNull(state, "state");
        this.full = full;
    }

    /**
     * One product's image question.
     *
     * @param sku     the product's SKU
     * @param file    the product's image file, if any
     * @param binding the product's media binding, or {@code null}
     */
    public record Request(String sku, Optional<Path> file, Binding binding) {
    }

    /**
     * @param lookFirst whether an earlier attempt may have stored this content already
     */
    private record Upload(String sku, Path file, ImageFile image, MediaName name, boolean lookFirst) {
    }

    /**
     * Decides for a page of products. The uploads it needs go out through the executor, at most
     * {@code parallel} at once (each holds its file in memory), or one after another without an
     * executor; this returns when all are done.
     *
     * @param requests the products, no SKU twice
     * @param executor runs the uploads, or {@code null}
     * @param parallel uploads in flight at once
     * @return the decision per SKU
     */
    public Map<String, ImageDecision> decideAll(List<Request> requests, ExecutorService executor, int parallel) {
        Map<String, ImageDecision> decisions = new HashMap<>();
        Deque<Map.Entry<Upload, Future<ImageDecision>>> running = new ArrayDeque<>();
        Map<String, Binding> intents = null;
        for (Request request : requests) {
            Object step = plan(request);
            if (step instanceof ImageDecision decision) {
                decisions.put(request.sku(), decision);
                continue;
            }
            if (intents == null) {
                // read once per page, and only when it uploads anything
                intents = state.bindings(INTENT_KIND, requests.stream().map(Request::sku).toList());
            }
            Upload upload = intend((Upload) step, intents.get(request.sku()));
            if (executor == null) {
                decisions.put(request.sku(), upload(upload));
            } else {
                if (running.size() >= parallel) {
                    awaitOldest(running, decisions);
                }
                running.add(Map.entry(upload, executor.submit(() -> upload(upload))));
            }
        }
        while (!running.isEmpty()) {
            awaitOldest(running, decisions);
        }
        return decisions;
    }

    /** A decision that needs no upload, or the {@link Upload} to make. */
    private Object plan(Request request) {
        Optional<Path> file = request.file();
        Binding binding = request.binding();
        boolean bound = binding != null && !binding.remoteId().isEmpty();
        if (file.isEmpty()) {
            return bound ? new ImageDecision.Remove() : new ImageDecision.None();
        }
        if (bound && !full) {
            Optional<FileStamp> now = FileStamp.of(file.get());
            if (now.isPresent() && now.equals(FileStamp.parse(binding.extra()))) {
                return new ImageDecision.Use(Long.parseLong(binding.remoteId()), Optional.empty());
            }
        }
        ImageInspector.Verdict verdict = inspector.inspect(file.get());
        if (verdict instanceof ImageInspector.Unusable unusable) {
            return new ImageDecision.Untouched(Optional.of(unusable.problem()));
        }
        ImageFile image = ((ImageInspector.Usable) verdict).image();
        if (bound && binding.contentHash().equals(image.sha256())) {
            // Touched but not changed: remember the new stamp so it is not read again.
            return new ImageDecision.Use(Long.parseLong(binding.remoteId()),
                    Optional.of(mediaBinding(request.sku(), Long.parseLong(binding.remoteId()), image)));
        }
        if (media == null) {
            uploadNeededWithoutCredentials = true;
            return new ImageDecision.Untouched(Optional.empty());
        }
        if (uploadsRefused != null) {
            return new ImageDecision.Untouched(Optional.empty());
        }
        return new Upload(request.sku(), file.get(), image, MediaName.of(request.sku(), image), false);
    }

    /**
     * Stores the upload's intent before it is sent, so a run killed meanwhile leaves a trace; an
     * intent for the same content already there means an earlier attempt may have stored it.
     */
    private Upload intend(Upload upload, Binding earlier) {
        if (earlier != null && earlier.contentHash().equals(upload.image().sha256())) {
            return new Upload(upload.sku(), upload.file(), upload.image(), upload.name(), true);
        }
        state.saveBindings(List.of(new Binding(INTENT_KIND, upload.sku(), "", upload.image().sha256(),
                upload.name().filename())));
        return upload;
    }

    private ImageDecision upload(Upload upload) {
        if (uploadsRefused != null) {
            // refused meanwhile by another upload of this page: the run's note says it once
            return new ImageDecision.Untouched(Optional.empty());
        }
        boolean sent = false;
        try {
            if (upload.lookFirst()) {
                Optional<Long> stored = upload.name().pick(media.search(upload.name().token()));
                if (stored.isPresent()) {
                    return use(upload, stored.get());
                }
            }
            sent = true;
            return use(upload, media.upload(upload.name().filename(), upload.image()));
        } catch (MediaRefusedException e) {
            if (e.uploadsForbidden()) {
                uploadsRefused = e;
                return new ImageDecision.Untouched(Optional.empty());
            }
            Optional<Long> stored = sent && e.mayHaveStored() ? findAfterFailure(upload) : Optional.empty();
            return stored.map(id -> use(upload, id)).orElseGet(() -> new ImageDecision.Untouched(Optional.of(
                    ImageProblem.of("image.uploadRefused", fileName(upload.file()), e.status(), e.code(),
                            e.serverMessage()))));
        } catch (ShopUnreachableException e) {
            Optional<Long> stored = sent && e.outcomeUnknown() ? findAfterFailure(upload) : Optional.empty();
            return stored.map(id -> use(upload, id)).orElseGet(() -> new ImageDecision.Untouched(Optional.of(
                    ImageProblem.of("image.uploadFailed", fileName(upload.file()), e.getMessage()))));
        }
    }

    private Optional<Long> findAfterFailure(Upload upload) {
        try {
            return upload.name().pick(media.search(upload.name().token()));
        } catch (ShopException e) {
            // the intent stays: the next run searches again before uploading
            return Optional.empty();
        }
    }

    private static ImageDecision use(Upload upload, long mediaId) {
        return new ImageDecision.Use(mediaId, Optional.of(mediaBinding(upload.sku(), mediaId, upload.image())));
    }

    private static void awaitOldest(Deque<Map.Entry<Upload, Future<ImageDecision>>> running,
                                    Map<String, ImageDecision> decisions) {
        Map.Entry<Upload, Future<ImageDecision>> oldest = running.poll();
        Upload upload = oldest.getKey();
        ImageDecision decision;
        try {
            decision = oldest.getValue().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            decision = new ImageDecision.Untouched(Optional.of(ImageProblem.of("image.uploadFailed",
                    fileName(upload.file()), "interrupted")));
        } catch (ExecutionException e) {
            decision = new ImageDecision.Untouched(Optional.of(ImageProblem.of("image.uploadFailed",
                    fileName(upload.file()), String.valueOf(e.getCause()))));
        }
        decisions.put(upload.sku(), decision);
    }

    /** @return whether some image needed an upload but no WordPress credentials are configured */
    public boolean uploadNeededWithoutCredentials() {
        return uploadNeededWithoutCredentials;
    }

    /** @return the refusal of the WordPress credentials, if uploads were refused in this run */
    public Optional<MediaRefusedException> uploadsRefused() {
        return Optional.ofNullable(uploadsRefused);
    }

    private static Binding mediaBinding(String sku, long mediaId, ImageFile image) {
        return new Binding(KIND, sku, String.valueOf(mediaId), image.sha256(), image.stamp().format());
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
