package hu.webshopsync.emulator.shoprenter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resource name → its handler, for direct calls and batch items alike. {@code emptyBody=1} on a POST or
 * PUT drops the answer's body, except on the product endpoints (api/09). Callers hold the store's lock.
 */
final class SrRoutes {

    private final Map<String, SrResource> resources = new HashMap<>();
    private final SrFiles files;

    SrRoutes(List<SrResource> all, SrFiles files) {
        all.forEach(r -> resources.put(r.path, r));
        this.files = files;
    }

    SrAnswer call(SrCall call) {
        try {
            if (call.resource().equals("files")) {
                return files.handle(call);
            }
            SrResource resource = resources.get(call.resource());
            if (resource == null) {
                throw SrError.noRoute("/" + call.path());
            }
            SrAnswer answer = resource.handle(call);
            boolean write = call.method().equals("POST") || call.method().equals("PUT");
            if (write && "1".equals(call.query().get("emptyBody")) && answer.status() < 300
                    && !call.resource().equals("products") && !call.resource().equals("productExtend")) {
                return new SrAnswer(answer.status(), null);
            }
            return answer;
        } catch (SrError e) {
            return SrAnswer.of(e);
        }
    }
}
