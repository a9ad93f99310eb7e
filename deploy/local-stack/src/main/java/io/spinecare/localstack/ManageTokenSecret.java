package io.spinecare.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret that signs patients' manage links on this machine (ADR 0207). The services have no default; the
 * stack makes a random one on first start, keeps it in the data folder (owner-readable only where the file
 * system allows) and hands the same one to booking-service and notification-service, so a link e-mailed before
 * a restart still opens the appointment after it.
 */
final class ManageTokenSecret {

    static final String FILE_NAME = "manage-token.secret";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ManageTokenSecret() {}

    static String loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            Files.createDirectories(dataDir);
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                create(file, secret);
            } catch (FileAlreadyExistsException anotherStackWasFaster) {
                // keep theirs
            }
        }
        String secret = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (secret.length() < 43) {
            throw new IllegalStateException(file + " does not hold a 32-byte secret; delete it to get a new one"
                    + " (links e-mailed before stop working)");
        }
        return secret;
    }

    /** Created owner-only from the start, where the file system has POSIX permissions. */
    private static void create(Path file, String secret) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, secret + "\n", StandardCharsets.US_ASCII);
    }
}
