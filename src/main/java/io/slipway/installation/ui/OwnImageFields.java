package io.slipway.installation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.slipway.base.ui.FieldChecks;
import io.slipway.catalog.CatalogItem;
import io.slipway.help.Faq;
import io.slipway.installation.ImageReference;
import io.slipway.installation.InstallField;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.OwnImage;
import io.slipway.installation.PullSecret;
import java.util.Map;

/**
 * The first fields of "Deploy your own image": the image reference and, for a private registry, a user and a
 * token. The token is typed like a password and never shown again once installed.
 */
class OwnImageFields extends Div {

    /** Stands in for a catalog entry: no tags to pick (the reference has them), no port to suggest. */
    static final CatalogItem ENTRY = OwnImage.entry(ImageReference.DEFAULT_TAG);

    private final TextField image = new TextField("Image reference");
    private final TextField user = new TextField("Registry user");
    private final PasswordField token = new PasswordField("Registry token");

    OwnImageFields(Binder<InstallRequest> binder, Map<InstallField, HasValidation> fields) {
        addClassName("slipway-own-image");

        image.setRequiredIndicatorVisible(true);
        image.setWidthFull();
        image.setValueChangeMode(ValueChangeMode.EAGER);
        image.setPlaceholder("ghcr.io/acme/shop:1.4");
        image.setHelperText("Registry host (Docker Hub when left out), name, and a tag or sha256 digest");
        binder.forField(image)
                .withValidator(FieldChecks.of(ImageReference::check))
                .bind(InstallRequest::getImage, InstallRequest::setImage);
        fields.put(InstallField.IMAGE, image);

        user.setValueChangeMode(ValueChangeMode.EAGER);
        user.setHelperText("Only for a private registry");
        token.setValueChangeMode(ValueChangeMode.EAGER);
        token.setHelperText("Kept encrypted as the app's pull secret; never shown again");
        Binder.Binding<InstallRequest, String> userBinding = binder.forField(user)
                .withValidator(FieldChecks.of(value -> PullSecret.checkUsername(value, token.getValue())))
                .bind(InstallRequest::getRegistryUser, InstallRequest::setRegistryUser);
        Binder.Binding<InstallRequest, String> tokenBinding = binder.forField(token)
                .withValidator(FieldChecks.of(value -> PullSecret.checkToken(value, user.getValue())))
                .bind(InstallRequest::getRegistryToken, InstallRequest::setRegistryToken);
        // Each asks for the other: typing one re-checks both
        user.addValueChangeListener(event -> tokenBinding.validate());
        token.addValueChangeListener(event -> userBinding.validate());
        fields.put(InstallField.REGISTRY_USER, user);
        fields.put(InstallField.REGISTRY_TOKEN, token);

        Div credentials = new Div(user, token);
        credentials.addClassName("slipway-row");
        Anchor help = new Anchor(Faq.OWN_IMAGE.href(), "How do I deploy my own image?");
        help.addClassName("slipway-help-link");
        add(image, credentials, help);
    }
}
