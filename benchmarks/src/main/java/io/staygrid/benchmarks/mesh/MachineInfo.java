package io.staygrid.benchmarks.mesh;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a run measured, at one moment: cores, load averages (1, 5, 15 min), CPU model, memory, JVM, OS. */
record MachineInfo(int cores, double[] loadAverage, String cpuModel, long memoryMegabytes, String jvm, String os) {

    static MachineInfo now() {
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), readLoadAverage(),
                firstValue("/proc/cpuinfo", "model name"), parseLong(firstValue("/proc/meminfo", "MemTotal")) / 1024,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }

    private static double[] readLoadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])};
        } catch (IOException | RuntimeException e) {
            return new double[] {ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()};
        }
    }

    private static String firstValue(String file, String key) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst()
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.replaceAll("[^0-9]", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    String loadText() {
        StringBuilder b = new StringBuilder();
        for (double l : loadAverage) {
            b.append(b.length() == 0 ? "" : " ").append(String.format("%.2f", l));
        }
        return b.toString();
    }
}
