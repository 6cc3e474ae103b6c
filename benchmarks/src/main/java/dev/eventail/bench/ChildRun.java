package dev.eventail.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs a command as a child process and measures it: wall time, CPU time and peak resident memory.
 * GNU time reports the child's peak resident set (its {@code VmHWM}) and CPU times when it is
 * installed; otherwise {@code /proc/<pid>/status} is polled, which may miss a short final peak and
 * gives no CPU time.
 */
final class ChildRun {

    private static final Path GNU_TIME = Paths.get("/usr/bin/time");

    /**
     * What a child did.
     *
     * @param wallSeconds elapsed time from start to exit
     * @param cpuSeconds user + system time, or -1 when unknown
     * @param peakRssKib peak resident memory in KiB, or -1 when unknown
     * @param exitCode the child's exit code
     * @param stdout what it printed
     * @param log the file holding its output
     */
    record Measured(
            double wallSeconds,
            double cpuSeconds,
            long peakRssKib,
            int exitCode,
            String stdout,
            Path log) {

        double coresBusy() {
            return cpuSeconds < 0 ? -1 : cpuSeconds / wallSeconds;
        }

        double peakRssMib() {
            return peakRssKib < 0 ? -1 : peakRssKib / 1024.0;
        }
    }

    private ChildRun() {}

    static boolean hasGnuTime() {
        return Files.isExecutable(GNU_TIME);
    }

    /** Runs {@code command}, its output going to {@code log}. */
    static Measured run(List<String> command, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        Path timing = log.resolveSibling(log.getFileName() + ".time");
        Files.deleteIfExists(timing);
        List<String> full = new ArrayList<>();
        boolean gnuTime = hasGnuTime();
        if (gnuTime) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", "%e %U %S %M", "-o", timing.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder =
                new ProcessBuilder(full)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        long t0 = System.nanoTime();
        Process process = builder.start();
        long polledPeak = -1;
        if (!gnuTime) {
            Path status = Paths.get("/proc", Long.toString(process.pid()), "status");
            while (process.isAlive()) {
                polledPeak = Math.max(polledPeak, vmHwm(status).orElse(polledPeak));
                Thread.sleep(20);
            }
        }
        int exit = process.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        double cpu = -1;
        long peak = polledPeak;
        if (gnuTime && Files.exists(timing)) {
            // GNU time prints "Command exited with non-zero status N" before the format line
            List<String> lines = Files.readAllLines(timing);
            String[] f = lines.get(lines.size() - 1).trim().split("\\s+");
            if (f.length == 4) {
                cpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
                peak = Long.parseLong(f[3]);
            }
        }
        return new Measured(wall, cpu, peak, exit, output, log);
    }

    /** The VmHWM line of a /proc status file, in KiB. */
    static Optional<Long> vmHwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(
                            Long.parseLong(
                                    line.substring(6)
                                            .trim()
                                            .split("\\s+")[0]
                                            .toLowerCase(Locale.ROOT)));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two polls
        }
        return Optional.empty();
    }
}
