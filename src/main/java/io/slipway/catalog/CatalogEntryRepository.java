package io.slipway.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogEntryRepository extends JpaRepository<CatalogEntry, String> {

    List<CatalogEntry> findByHiddenFalseOrderByPositionAsc();
}
