package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;

/** What a call answers: a status and a JSON body ({@code null} for 204). */
record SrAnswer(int status, JsonNode body) {

    static SrAnswer ok(JsonNode body) {
        return new SrAnswer(200, body);
    }

    static SrAnswer noContent() {
        return new SrAnswer(204, null);
    }

    static SrAnswer of(SrError e) {
        return new SrAnswer(e.status(), e.toJson());
    }
}
