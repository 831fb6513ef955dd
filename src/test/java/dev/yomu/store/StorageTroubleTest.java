package dev.yomu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The disk's trouble is found where H2 puts it: in the cause chain of a chained next exception. */
class StorageTroubleTest {
    private static SQLException h2BatchFailure(Throwable osReason) {
        SQLException batch = new SQLException("IO Exception: \"/data/yomu.mv.db\"; SQL statement:", "HY000", 90028);
        batch.setNextException(new SQLException("IO Exception", "HY000", 90028,
                new RuntimeException("Writing to FileChannelImpl failed", osReason)));
        return batch;
    }

    @Test
    void aFullDiskOrAFileSizeLimitIsDiskFull() {
        assertThat(StorageTrouble.of(h2BatchFailure(new IOException("No space left on device"))))
                .contains(StorageTrouble.DISK_FULL);
        assertThat(StorageTrouble.of(h2BatchFailure(new IOException("File too large")))).contains(StorageTrouble.DISK_FULL);
    }

    @Test
    void aReadOnlyFileSystemOrH2sReadOnlyErrorIsReadOnly() {
        assertThat(StorageTrouble.of(h2BatchFailure(new IOException("Read-only file system"))))
                .contains(StorageTrouble.READ_ONLY);
        assertThat(StorageTrouble.of(new SQLException("The database is read only", "HY000", 90097)))
                .contains(StorageTrouble.READ_ONLY);
    }

    @Test
    void anyOtherFailureIsNotTheDisks() {
        assertThat(StorageTrouble.of(new SQLException("NULL not allowed for column", "23502", 23502))).isEmpty();
        assertThat(StorageTrouble.of(h2BatchFailure(new IOException("Input/output error")))).isEmpty();
    }
}
