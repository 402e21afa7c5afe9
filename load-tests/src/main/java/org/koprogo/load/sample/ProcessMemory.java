package org.koprogo.load.sample;

/** A process's resident memory now, for figures taken outside the sampler's seconds. */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Null when the process is gone or cannot be read. */
    public static Double rssMb(long pid) {
        return ProcFiles.rssMb(pid);
    }
}
