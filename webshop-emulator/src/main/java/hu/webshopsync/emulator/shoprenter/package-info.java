/**
 * A stateful Shoprenter REST API stand-in, modelled on the official docs (repository
 * {@code Shoprenter/sr-api-docs}) and held to their JSON fixtures ({@code testdata/shoprenter/fixtures}).
 *
 * <h2>Starting it</h2>
 * {@code java -jar webshop-emulator.jar --platform shoprenter --port P --api-user U --api-password K
 * [--client-id C --client-secret S] [--rate-limit N] [--latency-ms --jitter-ms --seed --fail-rate
 * --fail-status --fail-route --quiet]}, or in Java {@code ShopEmulator.start(EmulatorConfig.defaults()
 * .withPlatform(Platform.SHOPRENTER).withShoprenterCredentials(u, k))}; the control is a
 * {@link hu.webshopsync.emulator.shoprenter.ShoprenterControl}. Resources live directly under the base
 * URL ({@code {baseUrl}/productExtend}; an {@code /api} prefix as on the api2 host works too).
 *
 * <h2>What it models</h2>
 * <ul>
 *   <li>Ids: base64 of {@code product-product_id=N} (and the like), {@code innerId}; outer ids written as
 *       {@code "id"} (api/05). Values are strings; empty relations and texts {@code {}} as in the fixtures.</li>
 *   <li>{@code /products}, {@code /productExtend} (filters {@code sku}, {@code innerId}; {@code ?sku=} on
 *       write), {@code /productDescriptions}, {@code /productCategoryRelations}, {@code /categories},
 *       {@code /categoryExtend}, {@code /categoryDescriptions}, {@code /files} (base64, name rule, re-post
 *       replaces) with {@code mainPicture}, {@code /languages} (hu, innerId 1), {@code /taxClasses},
 *       {@code /taxClassExtend}, {@code /taxRates} (27, 18, 5, 0 %, innerIds 10–13).</li>
 *   <li>{@code /orders}, {@code /orderExtend}, {@code /orderProducts} (quantity in {@code stock1..4}),
 *       {@code /orderTotals}, {@code /orderStatuses}, {@code /orderStatusDescriptions},
 *       {@code /orderHistories}; status changes write history and move stock (OpenCart's rule).</li>
 *   <li>{@code POST /batch} (≤ 200 items, one after another, per-item status, HTTP 200), paging from 0
 *       ({@code limit} ≤ 200, {@code next} or null, 400 40008 past the end), {@code full=1},
 *       {@code emptyBody=1} (no answer body on writes, except products, api/09).</li>
 *   <li>HTTP Basic with the API user; OAuth client credentials at {@code POST /oauth/{shop}/app/token}
 *       (3,600 s Bearer); 429 beyond the rate limit (3 per second per credential by default, sliding
 *       one-second window, a batch counts once; {@code --rate-limit 0}, {@code withRateLimit(0)} or
 *       {@code POST /__emulator/rate-limit {"perSecond":0}} lifts it).</li>
 * </ul>
 *
 * <h2>Where the docs are silent (UNVERIFIED), the emulator chose</h2>
 * <ul>
 *   <li>JSON only: without {@code Accept: application/json} it answers 406 (the shop answers XML);
 *       POST/PUT without {@code Content-Type: application/json} get 415. Request bodies may be bare or
 *       {@code {"data": …}}-wrapped; answers are bare objects (no {@code response} envelope).</li>
 *   <li>Errors are {@code {"code": 40003, "message": "…"}}. Paging fields are JSON numbers; the default
 *       {@code limit} is 25; a {@code limit} above 200 is 400 40010.</li>
 *   <li>Dates render in the shop's time, {@code Europe/Budapest}, and date filters read that zone;
 *       {@code …Min}/{@code …Max} are inclusive. {@code sku=} and {@code name=} match exactly.</li>
 *   <li>A PUT changes only what it names; on Extend resources it replaces each embedded list it contains
 *       (so a PUT with only the Hungarian description deletes the others). PUT to an unknown id is 404.</li>
 *   <li>{@code POST /files} answers 200 with {@code {filePath, type}}. No rollback in batches.</li>
 *   <li>Deleting a category removes its descriptions and product relations; its children become roots.</li>
 *   <li>{@code externalInfo} is writable through {@code PUT /orders}. SHIPPING totals are gross. An order
 *       in status 2, 3 or 5 has taken its lines' stock from {@code stock1}; leaving them gives it back.</li>
 *   <li>Unmodelled properties (manufacturer, specials, tags, …) are accepted and ignored, and render empty.</li>
 * </ul>
 */
package hu.webshopsync.emulator.shoprenter;
