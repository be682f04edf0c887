package hu.webshopsync.host.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hu.webshopsync.emulator.RequestCounters;
import hu.webshopsync.emulator.ServerModel;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchFiguresTest {

    @Test
    void firstSyncFloorCountsBatchesTheEmptinessCheckSettingsAndCategoryLevels() {
        LatencyFloor floor = LatencyFloor.firstSync(10_000, 2);

        // 100 batch writes + 1 "any product?" + 2 tax settings + 1 category read + 2 category levels
        assertThat(floor).isEqualTo(new LatencyFloor(100, 6));
        assertThat(floor.seconds(20, 4)).isEqualTo(106 * 0.020 / 4);
    }

    @Test
    void partialBatchesRoundUpAndNothingChangedCostsNothing() {
        assertThat(LatencyFloor.firstSync(101, 0)).isEqualTo(new LatencyFloor(2, 3));
        assertThat(LatencyFloor.firstSync(300, 2)).as("BenchCommandIT's 300 products: 9 requests")
                .isEqualTo(new LatencyFloor(3, 6));
        assertThat(LatencyFloor.delta(100).seconds(20, 4)).isEqualTo(0.005);
        assertThat(LatencyFloor.delta(0).seconds(20, 4)).isZero();
        assertThat(LatencyFloor.images(2_000, 2_000)).isEqualTo(new LatencyFloor(20, 2_000));
        assertThat(LatencyFloor.orders(5_000, false)).as("50 list pages and 50 write-back batches")
                .isEqualTo(new LatencyFloor(50, 50));
        assertThat(LatencyFloor.orders(5_000, true)).isEqualTo(new LatencyFloor(50, 5_050));
        assertThatThrownBy(() -> LatencyFloor.delta(1).seconds(20, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void serverFloorIsTheUnavoidableServerTimeSharedByTheWorkers() {
        ServerFloor work = ServerFloor.of(LatencyFloor.firstSync(2_000, 2), 2_050, 0, 0);
        ServerModel twoWorkers = ServerModel.of(2, 50);

        // 26 requests booting at 25 ms + 2,050 items at 50 ms, over 2 workers
        assertThat(work).isEqualTo(new ServerFloor(26, 2_050, 0, 0));
        assertThat(work.seconds(twoWorkers)).isEqualTo((26 * 25 + 2_050 * 50) / 1000.0 / 2);
        assertThat(new ServerFloor(50, 0, 5_000, 3).seconds(ServerModel.of(1, 50)))
                .isEqualTo((50 * 25 + 5_000 * 5 + 3 * 200) / 1000.0);
        assertThat(work.seconds(ServerModel.off())).as("no server model, no server floor").isZero();
    }

    @Test
    void tuningLineComparesThePluginsOwnSettingWithTheBestCleanFixedOne() {
        TuningLine line = new TuningLine(ServerModel.of(4, 50), 12.0, List.of(new TuningLine.Fixed(1, 40.0),
                new TuningLine.Fixed(4, 10.0), new TuningLine.Fixed(8, 11.0)));

        assertThat(line.format()).isEqualTo("scenario=tuning workers=4 item_ms=50 adaptive_wall_s=12.000"
                + " best_fixed_wall_s=10.000 best_fixed_parallel=4 ratio_adaptive_to_best=1.20");
        assertThat(new TuningLine(ServerModel.of(1, 50), null, List.of()).format()).isEqualTo("scenario=tuning"
                + " workers=1 item_ms=50 adaptive_wall_s=- best_fixed_wall_s=- best_fixed_parallel=-"
                + " ratio_adaptive_to_best=-");
    }

    @Test
    void tuningChartIsAPngWithARunMissingWhereItWasNotClean(@TempDir Path dir) throws Exception {
        List<TuningLine> lines = List.of(
                new TuningLine(ServerModel.of(1, 50), 100.0, List.of(new TuningLine.Fixed(1, 101.0))),
                new TuningLine(ServerModel.of(4, 50), null, List.of(new TuningLine.Fixed(1, 100.0),
                        new TuningLine.Fixed(4, 26.0), new TuningLine.Fixed(8, 27.0))));
        Path png = dir.resolve("charts/tuning.png");

        TuningChart.write(png, lines, 2_000, 20);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(560);
    }

    @Test
    void lineHasEveryFieldInOrderWithDashesForWhatDoesNotApply() {
        BenchLine line = new BenchLine("delta-none", 10_000, 2, 0, 0, 0.5, 41.25, 0.0, null);

        assertThat(line.format()).isEqualTo("scenario=delta-none items=10000 requests=2 write_requests=0 bytes_sent=0"
                + " wall_s=0.500 items_per_s=20000.0 peak_heap_mb=41.3 limit_s=0.000 ratio_to_limit=-"
                + " naive_wall_s=- speedup_vs_naive=-");
    }

    @Test
    void lineComputesRatioAndSpeedupAndMarksExtrapolation() {
        BenchLine line = new BenchLine("full-sync", 10_000, 204, 100, 5_000_000, 2.0, null, 1.0,
                new BenchLine.NaiveTime(400.0, 500));

        assertThat(line.format()).isEqualTo("scenario=full-sync items=10000 requests=204 write_requests=100"
                + " bytes_sent=5000000 wall_s=2.000 items_per_s=5000.0 peak_heap_mb=- limit_s=1.000"
                + " ratio_to_limit=2.00 naive_wall_s=400.000~extrapolated_from_500 speedup_vs_naive=200.0");
        assertThat(new BenchLine.NaiveTime(12.5, 0).format()).isEqualTo("12.500");
    }

    @Test
    void productWritesAreCreatesUpdatesAndBatchesOfProductsOnly() {
        assertThat(RequestTally.isProductWrite("POST /wp-json/wc/v3/products")).isTrue();
        assertThat(RequestTally.isProductWrite("POST /wp-json/wc/v3/products/batch")).isTrue();
        assertThat(RequestTally.isProductWrite("PUT /wp-json/wc/v3/products/{id}")).isTrue();
        assertThat(RequestTally.isProductWrite("PATCH /wp-json/wc/v3/products/{id}")).isTrue();
        assertThat(RequestTally.isProductWrite("GET /wp-json/wc/v3/products")).isFalse();
        assertThat(RequestTally.isProductWrite("DELETE /wp-json/wc/v3/products/{id}")).isFalse();
        assertThat(RequestTally.isProductWrite("POST /wp-json/wc/v3/products/categories")).isFalse();
        assertThat(RequestTally.isProductWrite("POST /wp-json/wc/v3/products/categories/batch")).isFalse();
        assertThat(RequestTally.isProductWrite("POST /wp-json/wp/v2/media")).isFalse();
        assertThat(RequestTally.isProductWrite("POST /wp-json/wc/v3/orders/batch")).isFalse();
    }

    @Test
    void tallySumsAllRoutesAndPicksOutWritesListsAndUploads() {
        RequestTally tally = RequestTally.of(new RequestCounters(Map.of(
                "GET /wp-json/wc/v3/settings/tax/woocommerce_prices_include_tax", 1L,
                "GET /wp-json/wc/v3/products", 100L,
                "POST /wp-json/wc/v3/products/batch", 100L,
                "POST /wp-json/wc/v3/products/categories", 50L,
                "POST /wp-json/wp/v2/media", 7L,
                "GET /wp-json/wc/v3/orders", 3L), 261, 1234, 99));

        assertThat(tally.requests()).isEqualTo(261);
        assertThat(tally.writeRequests()).isEqualTo(100);
        assertThat(tally.orderLists()).isEqualTo(3);
        assertThat(tally.uploads()).isEqualTo(7);
        assertThat(tally.bytesSent()).isEqualTo(1234);
    }

    @Test
    void catalogIsTheSameForTheSameIndexAndNestsItsCategories() {
        CatalogModel model = new CatalogModel(42);

        assertThat(model.item(7)).isEqualTo(model.item(7));
        assertThat(model.item(7).sku()).isEqualTo("TRM-000008");
        assertThat(CatalogModel.categories()).hasSize(50).contains("Kert", "Kert/Öntözés");
        assertThat(CatalogModel.categories()).containsAll(
                java.util.stream.IntStream.range(0, 1000).mapToObj(CatalogModel::category).distinct().toList());
    }
}
