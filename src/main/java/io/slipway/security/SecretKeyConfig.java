package io.slipway.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Finds the secrets key: {@code slipway.secrets.key} when set, else a key generated once into the data dir. */
@Configuration
class SecretKeyConfig {

    private static final Logger log = LoggerFactory.getLogger(SecretKeyConfig.class);
    private static final int KEY_BYTES = 32;

    @Bean
    SecretCipher secretCipher(
            @Value("${slipway.secrets.key:}") String configuredKey, @Value("${slipway.data-dir}") Path dataDir)
            throws IOException {
        byte[] key = configuredKey.isBlank()
                ? keyFromDataDir(dataDir)
                : Base64.getDecoder().decode(configuredKey.trim());
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("slipway.secrets.key must be 32 bytes, base64-encoded");
        }
        return new SecretCipher(new SecretKeySpec(key, "AES"));
    }

    private static byte[] keyFromDataDir(Path dataDir) throws IOException {
        Path file = dataDir.resolve("secrets.key");
        if (Files.exists(file)) {
            return Base64.getDecoder().decode(Files.readString(file).trim());
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(dataDir);
        Files.writeString(file, Base64.getEncoder().encodeToString(key));
        restrictToOwner(file);
        log.info("Generated a secrets key in {}", file.toAbsolutePath());
        return key;
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
        }
    }
}
