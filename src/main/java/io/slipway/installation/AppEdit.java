package io.slipway.installation;

import io.slipway.catalog.CatalogItem;

/**
 * What the edit form starts from: the app's settings as an install request (env values left out: null means "keep
 * the stored value"), its catalog entry, and the owner's allocation with this app's own share counted as free.
 *
 * @param ownImage whether the app runs an image of the user's own: its version is then any tag or digest, typed
 */
public record AppEdit(
        AppSummary app, CatalogItem entry, InstallContext context, InstallRequest request, boolean ownImage) {}
