package hu.webshopsync.webshop.shoprenter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.webshop.orders.ShopOrder;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SrOrderStatusesTest {

    @Test
    void readsTheDocsStatusAnswerWhoseInnerIdIsOnlyInItsIdAndNamesItByItsDescription() {
        JsonNode status = SrOrderFixtures.json("order_status/response/get_id.json");
        JsonNode description = SrOrderFixtures.json("order_status_description/response/get_id.json");
        SrOrderPager pager = (resource, filters, page) -> new SrPage(
                List.of(resource.equals("orderStatuses") ? status : description), false);

        SrOrderStatuses statuses = SrOrderStatuses.load(pager, true);

        assertThat(statuses.resolve("pending")).isEqualTo(OptionalLong.of(1));
        assertThat(statuses.resolve(" Függőben lévő ")).isEqualTo(OptionalLong.of(1));
        assertThat(statuses.resolve("1")).isEqualTo(OptionalLong.of(1));
        assertThat(statuses.apiId(1)).contains(status.get("id").asText());
        assertThat(statuses.innerIdOf(SrOrderFixtures.listedOrder().get("orderStatus"))).isEqualTo(OptionalLong.of(1));
        assertThat(statuses.resolve("on-hold")).isEmpty();
        assertThat(statuses.unknown(List.of("processing", "on-hold", "Ismeretlen"))).containsExactly("on-hold",
                "Ismeretlen");
    }

    @Test
    void wordsAndStagesFollowOpenCartsSeededStatuses() {
        assertThat(SrOrderStatuses.word(5)).isEqualTo("completed");
        assertThat(SrOrderStatuses.word(15)).isEqualTo("15");
        assertThat(SrOrderStatuses.stage(3)).isEqualTo(ShopOrder.Stage.COMPLETED);
        assertThat(SrOrderStatuses.stage(8)).isEqualTo(ShopOrder.Stage.CANCELLED);
        assertThat(SrOrderStatuses.stage(11)).isEqualTo(ShopOrder.Stage.REFUNDED);
        assertThat(SrOrderStatuses.stage(15)).isEqualTo(ShopOrder.Stage.OPEN);
        assertThat(SrOrderStatuses.needsNames(List.of("processing", "2"))).isFalse();
        assertThat(SrOrderStatuses.needsNames(List.of("Teljesítve"))).isTrue();
    }

    @Test
    void theClosedStatusesJoinTheListingInTheirWordsAndTheSettingsKeepTheirSpelling() {
        SrOrderStatuses statuses = new SrOrderStatuses(List.of(new SrOrderStatuses.Status("a", 2, List.of()),
                new SrOrderStatuses.Status("b", 16, List.of("visszaküldve"))));

        Map<Long, String> listed = statuses.listed(List.of("2", "Visszaküldve"), true);

        assertThat(listed).containsEntry(2L, "2").containsEntry(16L, "visszaküldve").containsEntry(5L, "completed")
                .containsEntry(7L, "cancelled").containsEntry(10L, "failed").doesNotContainKey(1L);
    }
}
