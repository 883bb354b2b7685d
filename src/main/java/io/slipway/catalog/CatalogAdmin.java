package io.slipway.catalog;

import io.slipway.security.Accounts;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Platform admins add catalog entries, change them, and hide or show them. Every method checks the caller and
 * every field itself. A hidden entry leaves the catalog and cannot be installed any more; apps already installed
 * from it run on unchanged.
 */
@Service
public class CatalogAdmin {

    private static final Logger log = LoggerFactory.getLogger(CatalogAdmin.class);
    static final String PLATFORM_ADMINS_ONLY = "Only a platform admin can change the catalog";
    /** Entries added here have no logo of their own. */
    static final String GENERIC_LOGO = "images/catalog/generic.svg";

    private final CatalogEntryRepository entries;
    private final Accounts accounts;

    CatalogAdmin(CatalogEntryRepository entries, Accounts accounts) {
        this.entries = entries;
        this.accounts = accounts;
    }

    /** Every entry in catalog order, hidden ones too. */
    @Transactional(readOnly = true)
    public List<CatalogListing> entries(UUID callerId) {
        requirePlatformAdmin(callerId);
        return entries.findAllByOrderByPositionAsc().stream()
                .map(entry -> new CatalogListing(entry.item(), entry.isHidden()))
                .toList();
    }

    /**
     * Adds an entry at the end of the catalog, visible at once.
     *
     * @throws CatalogRejected with a message per field; nothing is saved then
     */
    @Transactional
    public CatalogItem create(UUID callerId, CatalogRequest request) {
        requirePlatformAdmin(callerId);
        List<CatalogFieldError> errors = new ArrayList<>(CatalogInput.validate(request));
        String id = request.getId() == null ? "" : request.getId().strip();
        if (errors.isEmpty() && entries.existsById(id)) {
            errors.add(new CatalogFieldError(CatalogField.ID, "The catalog already has an entry " + id));
        }
        if (!errors.isEmpty()) {
            throw new CatalogRejected(errors);
        }
        CatalogItem item = CatalogInput.item(request, id, GENERIC_LOGO, false, null);
        entries.save(new CatalogEntry(item, entries.maxPosition() + 1));
        log.info("Added catalog entry {} ({})", id, item.image());
        return item;
    }

    /**
     * Changes an entry; its id, logo and recorded command stay. New installs take the change at once; installed apps
     * take a changed health path, user or data path when the deployer next applies them.
     *
     * @throws CatalogRejected with a message per field, or when the entry does not exist; nothing is saved then
     */
    @Transactional
    public CatalogItem update(UUID callerId, String id, CatalogRequest request) {
        requirePlatformAdmin(callerId);
        CatalogEntry entry = find(id);
        request.setId(id);
        List<CatalogFieldError> errors = CatalogInput.validate(request);
        if (!errors.isEmpty()) {
            throw new CatalogRejected(errors);
        }
        CatalogItem before = entry.item();
        CatalogItem item = CatalogInput.item(request, id, before.logo(), before.relativeCommand(), before.command());
        entry.replace(item);
        log.info("Changed catalog entry {}", id);
        return item;
    }

    /** Hides an entry from the catalog, or shows it again. */
    @Transactional
    public void setHidden(UUID callerId, String id, boolean hidden) {
        requirePlatformAdmin(callerId);
        find(id).setHidden(hidden);
        log.info("{} catalog entry {}", hidden ? "Hid" : "Showed", id);
    }

    private CatalogEntry find(String id) {
        return entries.findById(id == null ? "" : id)
                .orElseThrow(() -> new CatalogRejected(
                        List.of(new CatalogFieldError(CatalogField.ID, "The catalog has no entry " + id))));
    }

    private void requirePlatformAdmin(UUID callerId) {
        if (callerId == null || !accounts.isPlatformAdmin(callerId)) {
            throw new AccessDeniedException(PLATFORM_ADMINS_ONLY);
        }
    }
}
