package org.koprogo.load.sample;

import java.util.List;
import java.util.stream.Stream;

/** A process and its children as they are now (PostgreSQL: the postmaster, backends, checkpointer, WAL writer...). */
final class ProcessTree {

    private ProcessTree() {
    }

    /** Empty when the pid is null or the process is gone. */
    static List<Long> of(Long pid) {
        if (pid == null) {
            return List.of();
        }
        return ProcessHandle.of(pid)
                .map(parent -> Stream.concat(Stream.of(parent), parent.children()).map(ProcessHandle::pid).toList())
                .orElse(List.of());
    }
}
