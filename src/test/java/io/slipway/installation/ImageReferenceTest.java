package io.slipway.installation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageReferenceTest {

    private static final String DIGEST = "sha256:" + "a1".repeat(32);

    @ParameterizedTest
    @CsvSource({
        "nginx, nginx, latest, ",
        "nginx:1.27-alpine, nginx, 1.27-alpine, ",
        "library/redis:7, library/redis, 7, ",
        "ghcr.io/acme/shop:1.4, ghcr.io/acme/shop, 1.4, ghcr.io",
        "registry.example.com:5000/team/app:v2_0, registry.example.com:5000/team/app, v2_0, registry.example.com:5000",
        "localhost/app, localhost/app, latest, localhost",
        "my-org/my_app__x:Latest, my-org/my_app__x, Latest, "
    })
    void readsRegistryNameAndTag(String text, String name, String version, String registry) {
        ImageReference reference = ImageReference.parse(text);

        assertThat(reference.name()).isEqualTo(name);
        assertThat(reference.version()).isEqualTo(version);
        assertThat(reference.registry()).isEqualTo(registry);
        assertThat(reference.reference()).isEqualTo(text.contains(":") ? text : text + ":latest");
    }

    @ParameterizedTest
    @CsvSource({"ghcr.io/acme/shop", "ghcr.io/acme/shop:1.4"})
    void keepsADigestWithOrWithoutATag(String name) {
        ImageReference reference = ImageReference.parse(name + "@" + DIGEST);

        assertThat(reference.reference()).isEqualTo(name + "@" + DIGEST);
        assertThat(reference.name()).isEqualTo("ghcr.io/acme/shop");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "UPPER/case | Use lowercase letters in the image's name: upper/case",
                "nginx;rm -rf / | Use only letters, digits and . _ - / : @ in an image reference",
                "--privileged | An image reference cannot start with '-'",
                "-v=/:/host | An image reference cannot start with '-'",
                "nginx$(id) | Use only letters, digits",
                "nginx`id` | Use only letters, digits",
                "nginx && ls | Use only letters, digits",
                "nginx:.hidden | A tag uses letters, digits, '_', '.' and '-', and does not start with '.' or '-'",
                "nginx:-x | A tag uses letters",
                "nginx: | Enter a tag after ':'",
                "nginx@sha256:abc | A digest is sha256: followed by 64 lowercase hexadecimal digits",
                "nginx@md5:0123 | A digest is sha256:",
                "ghcr.io/ | Enter the image's name after the registry host",
                "Ghcr.io/acme/app | The registry host Ghcr.io is not a valid host name",
                "acme//app | Each part of the image's name between '/'",
                "acme/-app | Each part of the image's name between '/'",
                "' ' | Enter an image reference"
            })
    void refusesWithAMessageTheUserCanActOn(String text, String message) {
        assertThat(ImageReference.check(text))
                .hasValueSatisfying(m -> assertThat(m).startsWith(message));
    }

    @Test
    void refusesANameOver255AndATagOver128Characters() {
        assertThat(ImageReference.check("a".repeat(300)))
                .hasValue("The image's name has at most 255 characters (this one has 300)");
        assertThat(ImageReference.check("acme/" + "b".repeat(251))).isPresent();
        assertThat(ImageReference.check("acme/" + "b".repeat(250))).isEmpty();
        assertThat(ImageReference.check("nginx:" + "t".repeat(129)))
                .hasValue("A tag has at most 128 characters (this one has 129)");
        assertThat(ImageReference.check("nginx:" + "t".repeat(128))).isEmpty();
    }
}
