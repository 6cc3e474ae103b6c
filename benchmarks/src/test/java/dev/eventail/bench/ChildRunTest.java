package dev.eventail.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildRunTest {

    @Test
    void capturesOutputAndExitCode(@TempDir Path tmp) throws Exception {
        ChildRun.Measured m =
                ChildRun.run(
                        List.of("/bin/sh", "-c", "echo hello; exit 3"), tmp.resolve("run.log"));

        assertThat(m.exitCode()).isEqualTo(3);
        assertThat(m.stdout()).isEqualTo("hello\n");
        assertThat(m.log()).hasContent("hello");
        assertThat(m.wallSeconds()).isPositive();
        if (ChildRun.hasGnuTime()) {
            assertThat(m.peakRssKib()).isPositive();
            assertThat(m.cpuSeconds()).isNotNegative();
        }
    }

    @Test
    void readsPeakResidentMemoryFromProcStatus(@TempDir Path tmp) throws Exception {
        Path status = tmp.resolve("status");
        Files.writeString(
                status, "Name:\tjava\nVmPeak:\t 9000 kB\nVmHWM:\t  123456 kB\nVmRSS:\t 100 kB\n");
        assertThat(ChildRun.vmHwm(status)).contains(123456L);
        assertThat(ChildRun.vmHwm(tmp.resolve("gone"))).isEmpty();
    }
}
