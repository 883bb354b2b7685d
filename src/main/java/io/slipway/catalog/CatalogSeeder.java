package io.slipway.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Adds the entries of {@code catalog/seed.json} that the database does not have yet; edits are kept. */
@Component
@Order(0)
class CatalogSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogSeeder.class);
    static final String SEED = "catalog/seed.json";

    private final CatalogEntryRepository repository;

    CatalogSeeder(CatalogEntryRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        List<SeedEntry> seed = read();
        int added = 0;
        for (int i = 0; i < seed.size(); i++) {
            SeedEntry entry = seed.get(i);
            if (!repository.existsById(entry.id())) {
                repository.save(new CatalogEntry(entry.item(), i));
                added++;
            }
        }
        if (added > 0) {
            log.info("Seeded {} catalog entries", added);
        }
    }

    static List<SeedEntry> read() throws IOException {
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, new TypeReference<List<SeedEntry>>() {});
        }
    }

    record SeedEntry(
            String id,
            String name,
            String description,
            String category,
            String image,
            List<String> tags,
            int port,
            Protocol protocol,
            String dataMountPath,
            String healthPath,
            String docsUrl,
            Integer runAsUser,
            Boolean relativeCommand,
            String command,
            List<EnvHint> envHints) {

        CatalogItem item() {
            return new CatalogItem(
                    id,
                    name,
                    description,
                    category,
                    image,
                    tags,
                    port,
                    protocol,
                    dataMountPath,
                    healthPath,
                    docsUrl,
                    "images/catalog/" + id + ".svg",
                    runAsUser,
                    Boolean.TRUE.equals(relativeCommand),
                    command,
                    envHints == null ? List.of() : envHints);
        }
    }
}
