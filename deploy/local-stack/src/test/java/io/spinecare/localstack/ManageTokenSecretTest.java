package io.spinecare.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManageTokenSecretTest {

    @TempDir
    Path dataDir;

    @Test
    void theFirstStartMakesARandom32ByteSecretThatOnlyTheOwnerCanRead() throws Exception {
        String secret = ManageTokenSecret.loadOrCreate(dataDir);

        assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
        Path file = dataDir.resolve("manage-token.secret");
        assertThat(Files.readString(file).trim()).isEqualTo(secret);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void aRestartOnTheSameDataFolderKeepsTheSecretSoOldLinksStillWork() throws Exception {
        String first = ManageTokenSecret.loadOrCreate(dataDir);

        assertThat(ManageTokenSecret.loadOrCreate(dataDir)).isEqualTo(first);
    }

    @Test
    void anotherDataFolderGetsAnotherSecret(@TempDir Path other) throws Exception {
        assertThat(ManageTokenSecret.loadOrCreate(other)).isNotEqualTo(ManageTokenSecret.loadOrCreate(dataDir));
    }

    @Test
    void aDamagedSecretFileIsReportedNotSilentlyReplaced() throws Exception {
        Files.writeString(dataDir.resolve("manage-token.secret"), "short\n");

        assertThatThrownBy(() -> ManageTokenSecret.loadOrCreate(dataDir))
                .hasMessageContaining("manage-token.secret does not hold a 32-byte secret");
    }
}
