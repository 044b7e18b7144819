package org.onebacklog.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code onebacklog.secret} (it signs CSRF tokens) when nothing else does: a random key kept in
 * {@code secret.key} in the data directory, made on first use, so open pages' forms survive a restart.
 * Its ordinal is low, so {@code ONEBACKLOG_SECRET} (the same on every instance of a cluster) or a profile's
 * value wins.
 */
public class SecretConfigSource implements ConfigSource {

    static final String PROPERTY = "onebacklog.secret";
    private volatile String secret;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public String getValue(String propertyName) {
        if (!PROPERTY.equals(propertyName)) {
            return null;
        }
        if (secret == null) {
            synchronized (this) {
                if (secret == null) {
                    secret = readOrCreate(dataDirectory().resolve("secret.key"));
                }
            }
        }
        return secret;
    }

    @Override
    public String getName() {
        return "onebacklog-secret-file";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    private static Path dataDirectory() {
        String fromProperty = System.getProperty("onebacklog.data-dir");
        String fromEnv = System.getenv("ONEBACKLOG_DATA_DIR");
        return Path.of(fromProperty != null ? fromProperty : fromEnv != null ? fromEnv : "./data");
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                Files.writeString(file, created, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                onlyOwnerMayRead(file);
                return created;
            } catch (FileAlreadyExistsException raced) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key " + file
                    + "; set ONEBACKLOG_SECRET instead", e);
        }
    }

    private static void onlyOwnerMayRead(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions protect it.
        }
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(); // computed on demand only, so that listing properties never creates the file
    }
}
