package io.slipway.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The visible catalog entries, searched by text and category. */
@Service
public class Catalog {

    private final CatalogEntryRepository repository;

    Catalog(CatalogEntryRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<CatalogItem> search(String text, String category) {
        return repository.findByHiddenFalseOrderByPositionAsc().stream()
                .map(CatalogEntry::item)
                .filter(item -> category == null || category.equals(item.category()))
                .filter(item -> item.matches(text))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<String> categories() {
        return repository.findByHiddenFalseOrderByPositionAsc().stream()
                .map(entry -> entry.item().category())
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * An entry by id, hidden or not: apps installed from an entry keep its probes, user and data path after a platform
     * admin hides it. New installs use {@link #find}.
     */
    @Transactional(readOnly = true)
    public Optional<CatalogItem> entry(String id) {
        return repository.findById(id).map(CatalogEntry::item);
    }

    /** A visible entry by id; hidden and unknown entries are both absent. */
    @Transactional(readOnly = true)
    public Optional<CatalogItem> find(String id) {
        return repository.findById(id).filter(entry -> !entry.isHidden()).map(CatalogEntry::item);
    }
}
