package dev.cerulean.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * A server on a developer's machine should give memory back once a burst is over. A burst of
 * requests makes garbage fast (and where the Argon2 library cannot be loaded, Java hashing adds 19 MiB
 * per password), and G1 grows the heap to keep up; with the JVM's defaults it keeps that memory
 * for good. Unless the
 * operator chose otherwise on the command line, this asks G1 (through its manageable flags) for a
 * collection after two seconds without one, and to shrink the heap to what is live plus a fifth.
 */
final class HeapTrim {
    private HeapTrim() {}

    static void enable() {
        try {
            List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
            var hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotspot == null || !"true".equals(hotspot.getVMOption("UseG1GC").getValue())) return;
            set(hotspot, given, "G1PeriodicGCInterval", "2000");
            set(hotspot, given, "MinHeapFreeRatio", "5");
            set(hotspot, given, "MaxHeapFreeRatio", "20");
        } catch (RuntimeException | LinkageError e) {
            // an optimisation of memory use only: a JVM without these flags runs as it is
        }
    }

    private static void set(HotSpotDiagnosticMXBean hotspot, List<String> given, String flag, String value) {
        if (given.stream().anyMatch(a -> a.contains(flag))) return;
        hotspot.setVMOption(flag, value);
    }
}
