package hu.webshopsync.emulator.shoprenter;

import java.util.Map;
import java.util.Set;

/**
 * List filters (each resource's {@code data.json} names them): {@code innerId}, exact field values
 * ({@code code}, {@code name}, …; whether the shop matches exactly is UNVERIFIED) and relations by API
 * id ({@code productId}, {@code languageId}, …). A relation id no row has matches nothing. Parameters
 * the emulator does not know are ignored.
 */
final class SrFilters {

    private SrFilters() {
    }

    /**
     * @param links  query parameter → relation name, e.g. {@code productId → product}
     * @param fields query parameters that match a field exactly
     */
    static SrResource.Filter of(SrStore store, Map<String, String> links, Set<String> fields) {
        return q -> row -> {
            String innerId = q.get("innerId");
            if (innerId != null && !innerId.equals(Long.toString(row.innerId))) {
                return false;
            }
            for (String f : fields) {
                String v = q.get(f);
                if (v != null && !v.equals(row.get(f))) {
                    return false;
                }
            }
            for (Map.Entry<String, String> l : links.entrySet()) {
                String v = q.get(l.getKey());
                if (v == null) {
                    continue;
                }
                SrLink link = row.schema.linkNamed(l.getValue());
                SrRow target = store.table(link.target()).byId(v);
                Long ref = row.ref(l.getValue());
                if (target == null || ref == null || ref != target.innerId) {
                    return false;
                }
            }
            return true;
        };
    }
}
