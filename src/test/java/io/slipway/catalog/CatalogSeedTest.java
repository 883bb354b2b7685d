package io.slipway.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogSeedTest {

    @Test
    void offersLightstreamerFirstWithTagsThatStartOnTheirOwn() throws Exception {
        CatalogItem lightstreamer = CatalogSeeder.read().getFirst().item();

        assertThat(lightstreamer.image()).isEqualTo("lightstreamer");
        assertThat(lightstreamer.tags()).containsExactly("latest", "7.4", "7.3");
        assertThat(lightstreamer.port()).isEqualTo(8080);
        assertThat(lightstreamer.protocol()).isEqualTo(Protocol.HTTP);
        assertThat(lightstreamer.healthPath()).isEqualTo("/lightstreamer/healthcheck");
        assertThat(lightstreamer.runAsUser()).isEqualTo(10000);
        assertThat(lightstreamer.relativeCommand()).isTrue();
        assertThat(lightstreamer.command()).isEqualTo("./LS.sh run");
    }

    @Test
    void seedsAtLeastTwelvePopularImagesWithTheirPorts() throws Exception {
        List<CatalogItem> items =
                CatalogSeeder.read().stream().map(CatalogSeeder.SeedEntry::item).toList();

        assertThat(items).hasSizeGreaterThanOrEqualTo(13);
        assertThat(items)
                .extracting(CatalogItem::id, CatalogItem::port)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("nginx", 80),
                        org.assertj.core.groups.Tuple.tuple("redis", 6379),
                        org.assertj.core.groups.Tuple.tuple("postgres", 5432),
                        org.assertj.core.groups.Tuple.tuple("mysql", 3306),
                        org.assertj.core.groups.Tuple.tuple("mongo", 27017),
                        org.assertj.core.groups.Tuple.tuple("rabbitmq", 5672),
                        org.assertj.core.groups.Tuple.tuple("grafana", 3000),
                        org.assertj.core.groups.Tuple.tuple("jenkins", 8080));
        assertThat(items).allSatisfy(item -> {
            assertThat(item.tags()).isNotEmpty().noneMatch(tag -> tag.endsWith("-base"));
            assertThat(item.port()).isBetween(1, 65535);
            assertThat(CatalogSeedTest.class.getResource("/META-INF/resources/" + item.logo()))
                    .as("logo of %s", item.id())
                    .isNotNull();
        });
    }
}
