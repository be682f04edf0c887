package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * {@code /files}, the shop's file manager (ex/05, fx file): {@code POST {"filePath":"product/x.jpg",
 * "type":"image","attachment":"<base64>"}} stores the bytes (posting the same path again replaces them),
 * {@code GET} and {@code DELETE /files?type=…&filePath=…}. A name may contain only English letters,
 * digits and {@code ( ) _ -} (ex/05). The answer to a POST is 200 with {@code {filePath, type}} as the
 * fixture shows; data.json says 204 (UNVERIFIED which one the shop sends).
 */
final class SrFiles {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9()_-]+");
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]+");

    private final SrStore store;

    SrFiles(SrStore store) {
        this.store = store;
    }

    SrAnswer handle(SrCall call) {
        if (call.id() != null) {
            throw SrError.noRoute("/files/" + call.id());
        }
        return switch (call.method()) {
            case "POST" -> upload(call.data());
            case "GET" -> {
                SrFile file = named(call);
                ObjectNode o = answer(file);
                o.put("attachment", Base64.getEncoder().encodeToString(file.data()));
                yield SrAnswer.ok(o);
            }
            case "DELETE" -> {
                store.files.remove(named(call).filePath());
                yield SrAnswer.noContent();
            }
            default -> throw SrError.methodNotAllowed(call.method(), "files");
        };
    }

    private SrAnswer upload(JsonNode body) {
        SrWriter.require(body, "filePath", "type", "attachment");
        String path = SrValues.scalar("filePath", body.get("filePath")).replace('\\', '/');
        String type = SrValues.scalar("type", body.get("type"));
        checkType(type);
        checkPath(path);
        byte[] data;
        try {
            data = Base64.getDecoder().decode(SrValues.scalar("attachment", body.get("attachment")).replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw SrError.badData("The attachment is not valid base64: " + path);
        }
        SrFile previous = store.files.get(path);
        long id = previous != null ? previous.id() : store.files.values().stream().mapToLong(SrFile::id).max().orElse(0) + 1;
        SrFile file = new SrFile(id, path, type, data, sha256(data), store.now());
        store.files.put(path, file);
        return SrAnswer.ok(answer(file));
    }

    private SrFile named(SrCall call) {
        String path = call.query().get("filePath");
        String type = call.query().get("type");
        if (path == null || type == null) {
            throw new SrError(400, 40004, "The following query parameters are required: type, filePath!");
        }
        SrFile file = store.files.get(path);
        if (file == null || !file.type().equals(type)) {
            throw SrError.notFound();
        }
        return file;
    }

    private static ObjectNode answer(SrFile file) {
        ObjectNode o = SrJson.MAPPER.createObjectNode();
        o.put("filePath", file.filePath());
        o.put("type", file.type());
        return o;
    }

    private static void checkType(String type) {
        if (!type.equals("image") && !type.equals("download")) {
            throw SrError.badData("The type must be image or download: " + type);
        }
    }

    static void checkPath(String path) {
        String[] segments = path.split("/", -1);
        String name = segments[segments.length - 1];
        int dot = name.lastIndexOf('.');
        boolean ok = dot > 0 && SEGMENT.matcher(name.substring(0, dot)).matches()
                && EXTENSION.matcher(name.substring(dot + 1)).matches();
        for (int i = 0; i < segments.length - 1; i++) {
            ok &= SEGMENT.matcher(segments[i]).matches();
        }
        if (!ok) {
            throw SrError.badData("The file name may contain only English letters, digits and ( ) _ -: " + path);
        }
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
