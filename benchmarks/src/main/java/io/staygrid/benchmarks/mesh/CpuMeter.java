package io.staygrid.benchmarks.mesh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU seconds used so far by each process of the run, from the kernel's own counters (/proc/PID/stat, user +
 * system time): every service JVM, PostgreSQL (the postmaster, every live child of it, and the children it has
 * already reaped) and this client JVM. Linux only; elsewhere the figures are absent.
 */
final class CpuMeter {

    /** USER_HZ: the unit of /proc's CPU times; 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<String, Long> processes;
    private final Path postmasterPidFile;

    /** @param processes name to pid of each service; {@code postmasterPidFile} is the data directory's postmaster.pid */
    CpuMeter(Map<String, Long> processes, Path postmasterPidFile) {
        this.processes = processes;
        this.postmasterPidFile = postmasterPidFile;
    }

    /** CPU seconds so far per process name (services, "postgres", "bench-client"). */
    Map<String, Double> snapshot() {
        Map<String, Double> out = new LinkedHashMap<>();
        processes.forEach((name, pid) -> out.put(name, seconds(pid, false)));
        long postmaster = postmasterPid();
        if (postmaster > 0) {
            double sum = seconds(postmaster, true);
            for (long child : children(postmaster)) {
                sum += seconds(child, true);
            }
            out.put("postgres", sum);
        }
        out.put("bench-client", seconds(ProcessHandle.current().pid(), false));
        return out;
    }

    /** {@code after - before} per name. */
    static Map<String, Double> delta(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> out = new LinkedHashMap<>();
        after.forEach((name, value) -> out.put(name, value - before.getOrDefault(name, value)));
        return out;
    }

    private long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(postmasterPidFile).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long[] children(long parent) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .mapToLong(Long::parseLong).filter(pid -> parentOf(pid) == parent).toArray();
        } catch (IOException e) {
            return new long[0];
        }
    }

    private static long parentOf(long pid) {
        String[] f = statFields(pid);
        return f == null ? -1 : Long.parseLong(f[1]);
    }

    /** utime + stime (+ cutime + cstime of reaped children when asked), in seconds; 0 when the process is gone. */
    private static double seconds(long pid, boolean withReapedChildren) {
        String[] f = statFields(pid);
        if (f == null) {
            return 0;
        }
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        if (withReapedChildren) {
            ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** The fields of /proc/PID/stat after the command name: [0] = state, [1] = ppid, [11] = utime, [12] = stime. */
    static String[] statFields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return parseStat(stat);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Splits a /proc/PID/stat line after the ")" that ends the command (which may hold spaces). */
    static String[] parseStat(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    }
}
