package io.slipway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private final SecretCipher cipher = new SecretCipher(new SecretKeySpec(new byte[32], "AES"));

    @Test
    void encryptsSoThatTheSameValueNeverLooksTheSame() {
        String first = cipher.encrypt("s3cr3t");
        String second = cipher.encrypt("s3cr3t");

        assertThat(first).isNotEqualTo(second).doesNotContain("s3cr3t");
        assertThat(cipher.decrypt(first)).isEqualTo("s3cr3t");
    }

    @Test
    void refusesAValueEncryptedWithAnotherKey() {
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        String sealed = new SecretCipher(new SecretKeySpec(otherKey, "AES")).encrypt("s3cr3t");

        assertThatThrownBy(() -> cipher.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }
}
