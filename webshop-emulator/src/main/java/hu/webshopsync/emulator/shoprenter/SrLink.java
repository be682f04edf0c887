package hu.webshopsync.emulator.shoprenter;

/**
 * A to-one relation: written {@code {"id": "…"}}, rendered {@code {"href": "…"}}.
 *
 * @param name        the JSON property
 * @param target      the related resource's schema, or {@code null} for a resource the emulator does not
 *                    model (the written id is kept as given and linked under {@code path})
 * @param path        the collection the href points into
 * @param nullWhenEmpty render a missing relation as {@code null} rather than {@code {}}
 */
record SrLink(String name, SrSchema target, String path, boolean nullWhenEmpty) {

    boolean modelled() {
        return target != null;
    }
}
