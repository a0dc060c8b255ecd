package io.staygrid.benchmarks.mesh;

import com.sun.tools.attach.VirtualMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Flight recordings of the service JVMs for exactly the measured window: JFR.start and JFR.stop are sent to
 * each running JVM through the attach API and its local JMX agent (the DiagnosticCommand MBean, what jcmd
 * uses), with the "profile" settings (a stack sample every 10 ms). Files go to the run's jfr/ directory.
 */
final class JfrProfiler {

    private static final String[] SIGNATURE = {String[].class.getName()};
    private static final String NAME = "name=staygrid-bench";

    private final Map<String, Long> processes;
    private final Path directory;
    private final Map<String, JMXConnector> connections = new LinkedHashMap<>();
    private final Map<String, Path> files = new LinkedHashMap<>();

    JfrProfiler(Map<String, Long> processes, Path directory) {
        this.processes = processes;
        this.directory = directory;
    }

    /**
     * Attaches to every service and starts JFR once (a throw-away recording) ahead of time: the first recording
     * of a JVM initializes the recorder, which takes seconds on a busy machine.
     */
    void prepare() {
        processes.forEach((service, pid) -> {
            try {
                invoke(service, pid, "jfrStart", "name=staygrid-init");
                invoke(service, pid, "jfrStop", "name=staygrid-init");
            } catch (Exception e) {
                System.out.println("  ! cannot attach to " + service + " for JFR: " + e);
            }
        });
    }

    /** Starts a recording named after {@code label} in every service; a JVM that cannot be reached is reported and skipped. */
    void start(String label) {
        files.clear();
        for (Map.Entry<String, Long> p : processes.entrySet()) {
            Path file = directory.resolve(label + "-" + p.getKey() + ".jfr");
            try {
                Files.createDirectories(directory);
                invoke(p.getKey(), p.getValue(), "jfrStart", NAME, "settings=profile", "filename=" + file);
                files.put(p.getKey(), file);
            } catch (Exception e) {
                System.out.println("  ! JFR not started in " + p.getKey() + ": " + e);
            }
        }
    }

    /** Stops the recordings (each is written to its file); returns the files by service. */
    Map<String, Path> stop() {
        Map<String, Path> written = new LinkedHashMap<>();
        files.forEach((service, file) -> {
            try {
                invoke(service, processes.get(service), "jfrStop", NAME, "filename=" + file);
                written.put(service, file);
            } catch (Exception e) {
                System.out.println("  ! JFR not stopped in " + service + ": " + e);
            }
        });
        return written;
    }

    private void invoke(String service, long pid, String operation, String... args) throws Exception {
        MBeanServerConnection mbeans = connection(service, pid).getMBeanServerConnection();
        mbeans.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), operation, new Object[] {args}, SIGNATURE);
    }

    private JMXConnector connection(String service, long pid) throws Exception {
        JMXConnector existing = connections.get(service);
        if (existing != null) {
            return existing;
        }
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
        connections.put(service, connector);
        return connector;
    }

    void close() {
        List<JMXConnector> all = new ArrayList<>(connections.values());
        connections.clear();
        for (JMXConnector c : all) {
            try {
                c.close();
            } catch (Exception ignored) {
                // the service may already be gone
            }
        }
    }
}
