package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Rendering rows as the API does: {@code href}, {@code id}, {@code innerId}, the fields as strings,
 * dates without zone, relations as {@code {"href"}}. Dates are the shop's local time; the docs do not
 * say which zone (UNVERIFIED), the emulator uses a Hungarian shop's {@code Europe/Budapest} for
 * rendering and for date filters alike.
 */
final class SrJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final ZoneId ZONE = ZoneId.of("Europe/Budapest");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter HISTORY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String baseUrl;

    SrJson(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static String date(Instant instant) {
        return DATE_TIME.format(instant.atZone(ZONE));
    }

    static String historyDate(Instant instant) {
        return HISTORY.format(instant.atZone(ZONE));
    }

    /** A filter value {@code 2026-01-01T10:30:00} (shop time) as an instant; 40009 when malformed. */
    static Instant parseDateTime(String parameter, String value) {
        try {
            return LocalDateTime.parse(value.trim(), DATE_TIME).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw SrError.badDateTime(parameter, value);
        }
    }

    String href(String pathAndQuery) {
        return baseUrl + "/" + pathAndQuery;
    }

    ObjectNode hrefNode(String pathAndQuery) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("href", href(pathAndQuery));
        return o;
    }

    /** The row's own href, id, innerId, fields, dates and to-one relations. */
    ObjectNode row(SrRow row, String path, SrStore store) {
        ObjectNode o = MAPPER.createObjectNode();
        String id = row.id();
        o.put("href", href(path + "/" + id));
        o.put("id", id);
        if (row.schema.innerId) {
            o.put("innerId", Long.toString(row.innerId));
        }
        for (SrField f : row.schema.fields) {
            switch (f.kind()) {
                case NONE -> o.putObject(f.name());
                case READ_ONLY -> {
                }
                case OPT -> {
                    String v = row.get(f.name());
                    if (v.isEmpty()) {
                        o.putObject(f.name());
                    } else {
                        o.put(f.name(), v);
                    }
                }
                default -> o.put(f.name(), row.get(f.name()));
            }
        }
        if (row.schema.dates) {
            o.put("dateCreated", date(row.created));
            o.put("dateUpdated", date(row.updated));
        }
        for (SrLink link : row.schema.links) {
            String target = null;
            if (link.modelled()) {
                Long ref = row.ref(link.name());
                SrRow related = ref == null ? null : store.table(link.target()).get(ref);
                target = related == null ? null : related.id();
            } else {
                target = row.opaque.get(link.name());
            }
            if (target != null) {
                o.set(link.name(), hrefNode(link.path() + "/" + target));
            } else if (link.nullWhenEmpty()) {
                o.putNull(link.name());
            } else {
                o.putObject(link.name());
            }
        }
        return o;
    }
}
