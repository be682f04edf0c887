package hu.webshopsync.emulator.shoprenter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Resource name → its handler, for direct calls and batch items alike. Callers hold the store's lock. */
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
            return resource.handle(call);
        } catch (SrError e) {
            return SrAnswer.of(e);
        }
    }
}
