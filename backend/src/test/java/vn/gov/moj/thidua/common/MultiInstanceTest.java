package vn.gov.moj.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.arjuna.ats.arjuna.common.arjPropertyManager;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Several identical instances share one database: each transaction manager must carry its own node identifier
 * (the pod's HOSTNAME, at most 28 bytes) rather than the shared default "quarkus", and must not need to write
 * under the working directory (the container's root filesystem is read-only).
 */
@QuarkusTest
class MultiInstanceTest {

    @Test
    void transactionManagerNodeIsTheInstancesHostName() {
        String node = arjPropertyManager.getCoreEnvironmentBean().getNodeIdentifier();
        String host = System.getenv("HOSTNAME");
        assertThat(node).isNotEqualTo("quarkus");
        assertThat(node.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(28);
        if (host == null || host.isBlank()) {
            assertThat(node).isEqualTo("thidua");
        } else if (host.getBytes(StandardCharsets.UTF_8).length <= 28) {
            assertThat(node).isEqualTo(host);
        }
    }

    @Test
    void transactionObjectStoreIsUnderTheTempDirectory() {
        String dir = arjPropertyManager.getObjectStoreEnvironmentBean().getObjectStoreDir();
        assertThat(Path.of(dir).toAbsolutePath().normalize())
                .startsWithRaw(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize());
    }
}
