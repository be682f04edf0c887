package hu.webshopsync.host.bench;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.host.HostFixture;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code bench} command on small catalogs without latency: every scenario runs and prints its line. */
class BenchCommandIT {

    @TempDir
    Path dir;

    @Test
    void everyScenarioPrintsOneLineWithFiguresThatAddUp() {
        HostFixture host = HostFixture.withWebshopPlugin(dir);

        HostFixture.CliRun run = host.run("bench", "--products", "300", "--orders", "120", "--latency-ms", "0",
                "--naive-sample", "20", "--image-share", "0.1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Map<String, String>> lines = lines(run.out());
        assertThat(lines).containsOnlyKeys("naive", "full-sync", "delta-none", "delta-1pct", "images",
                "images-changed", "orders");
        assertThat(lines.get("naive")).containsEntry("items", "20").containsEntry("write_requests", "20");
        Map<String, String> full = lines.get("full-sync");
        assertThat(full).containsEntry("items", "300").containsEntry("write_requests", "3");
        // 3 batches, 2 tax settings, 1 emptiness check, 1 category list, 1 category batch per level
        assertThat(full.get("requests")).isEqualTo("9");
        assertThat(full.get("naive_wall_s")).endsWith("~extrapolated_from_20");
        assertThat(lines.get("delta-none")).containsEntry("write_requests", "0").containsEntry("requests", "2");
        assertThat(lines.get("delta-1pct")).containsEntry("write_requests", "1");
        assertThat(Long.parseLong(lines.get("images").get("items"))).isPositive();
        assertThat(run.err()).contains("each uploaded exactly once").contains("only the changed ones");
        assertThat(lines.get("orders")).containsEntry("items", "120");
        assertThat(run.err()).contains("list requests=2;").contains("erp orders=120");
    }

    @Test
    void onShoprenterTheSyncAndTheOrderImportPrintTheSameLinesAndTheRestIsRefusedWithAReason() {
        HostFixture host = HostFixture.withWebshopPlugin(dir);

        HostFixture.CliRun run = host.run("bench", "--platform", "shoprenter", "--products", "300", "--orders", "120",
                "--latency-ms", "0", "--scenario", "naive", "--scenario", "full-sync", "--scenario", "delta-none",
                "--scenario", "orders");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Map<String, String>> lines = lines(run.out());
        assertThat(lines).containsOnlyKeys("full-sync", "delta-none", "orders");
        assertThat(lines.get("full-sync")).containsEntry("items", "300");
        assertThat(lines.get("delta-none")).containsEntry("write_requests", "0");
        assertThat(lines.get("orders")).containsEntry("items", "120");
        assertThat(run.err()).contains("# naive: not run on shoprenter: the naive pusher speaks WooCommerce's REST API")
                .contains("counts={created=300").contains("erp orders=120");
    }

    @Test
    void aWarmedUpRunMarksItsLinesAndStillSyncsIntoAnEmptyShop() {
        HostFixture host = HostFixture.withWebshopPlugin(dir);

        HostFixture.CliRun run = host.run("bench", "--products", "200", "--latency-ms", "0", "--scenario",
                "full-sync", "--scenario", "delta-none", "--warm-up", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Map<String, String>> lines = lines(run.out());
        assertThat(lines).containsOnlyKeys("full-sync@warm", "delta-none@warm");
        assertThat(lines.get("full-sync@warm")).containsEntry("items", "200").containsEntry("write_requests", "2");
        assertThat(run.err()).contains("# warm-up: 2 sync(s) of 200 products")
                .contains("counts={created=200, updated=0");
        assertThat(lines.get("delta-none@warm")).containsEntry("write_requests", "0");
    }

    @Test
    void tuningSyncsIntoAFreshShopPerSettingAndComparesThePluginsOwnWithTheBestFixedOne() {
        HostFixture host = HostFixture.withWebshopPlugin(dir);

        HostFixture.CliRun run = host.run("bench", "--products", "150", "--latency-ms", "0", "--workers", "4",
                "--item-ms", "1", "--scenario", "tuning");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> tuning = lines(run.out()).get("tuning");
        assertThat(tuning).containsEntry("workers", "4").containsEntry("item_ms", "1");
        assertThat(tuning.get("adaptive_wall_s")).isNotEqualTo("-");
        assertThat(tuning.get("best_fixed_parallel")).isIn("1", "2", "4", "8", "16");
        assertThat(Double.parseDouble(tuning.get("ratio_adaptive_to_best"))).isPositive();
        assertThat(run.err()).contains("parallelRequests=default wall").contains("parallelRequests=1 wall")
                .contains("parallelRequests=8 wall").contains("created=150, products in shop=150")
                .doesNotContain("NOT CLEAN");
    }

    private static Map<String, Map<String, String>> lines(String out) {
        Map<String, Map<String, String>> lines = new LinkedHashMap<>();
        out.lines().filter(l -> l.startsWith("scenario=")).forEach(l -> {
            Map<String, String> fields = Arrays.stream(l.split(" ")).map(f -> f.split("=", 2))
                    .collect(Collectors.toMap(f -> f[0], f -> f[1], (a, b) -> b, LinkedHashMap::new));
            lines.put(fields.get("scenario"), fields);
        });
        return lines;
    }
}
