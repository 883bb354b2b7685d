package io.slipway.installation;

import io.slipway.catalog.CatalogItem;
import io.slipway.catalog.Protocol;
import io.slipway.help.Faq;
import java.util.List;

/**
 * An image of the user's own where the install and edit forms expect a catalog entry: it suggests no port, no
 * data path and no env vars, and offers only the version its reference names (an edit types any other).
 */
public final class OwnImage {

    /** The name the form suggests for a new app of an own image. */
    public static final String SUGGESTED_NAME = "app";

    private OwnImage() {}

    /** @param version the tag or digest the app runs; a new install offers {@link ImageReference#DEFAULT_TAG} */
    public static CatalogItem entry(String version) {
        return new CatalogItem(
                SUGGESTED_NAME,
                "your own image",
                "Any image from a registry",
                "Custom",
                "",
                List.of(version),
                0,
                Protocol.HTTP,
                null,
                null,
                Faq.OWN_IMAGE.href(),
                "images/slipway.svg",
                null,
                false,
                null,
                List.of());
    }
}
