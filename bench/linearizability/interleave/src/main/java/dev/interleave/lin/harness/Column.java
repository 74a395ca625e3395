package dev.interleave.lin.harness;

import java.util.List;

/**
 * One column of the table: a tool on a JDK. Interleave needs JDK 25; Lincheck 3.7 runs on 17 and
 * 25, in its model-checking mode (the one that, like Interleave, controls the interleaving) and in
 * its stress mode (real threads). Every column runs platform threads: Lincheck does not schedule
 * virtual ones (bench/peers/README.md).
 */
record Column(String id, String label, String tool, int jdk, String mode) {

    static final List<Column> ALL = List.of(
            new Column("interleave", "Interleave (JDK 25)", "interleave", 25, "preemptive"),
            new Column("lincheck-model-17", "Lincheck model checking (JDK 17)", "lincheck", 17, "model"),
            new Column("lincheck-model-25", "Lincheck model checking (JDK 25)", "lincheck", 25, "model"),
            new Column("lincheck-stress-17", "Lincheck stress (JDK 17)", "lincheck", 17, "stress"),
            new Column("lincheck-stress-25", "Lincheck stress (JDK 25)", "lincheck", 25, "stress"));

    static Column byId(String id) {
        return ALL.stream().filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown column " + id));
    }

    boolean interleave() {
        return tool.equals("interleave");
    }
}
