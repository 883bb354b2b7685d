package io.slipway.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CatalogEntryRepository extends JpaRepository<CatalogEntry, String> {

    List<CatalogEntry> findByHiddenFalseOrderByPositionAsc();

    List<CatalogEntry> findAllByOrderByPositionAsc();

    @Query("select coalesce(max(e.position), -1) from CatalogEntry e")
    int maxPosition();
}
