package org.koprogo.load.sample;

import java.util.List;

/**
 * Bytes a process and its children caused to be read from and written to storage ({@code read_bytes} and
 * {@code write_bytes} of /proc/PID/io: the block layer's count, page-cache hits excluded). Children that ended
 * take their counts with them: a difference over a phase undercounts short-lived processes.
 */
public record DiskIo(long readBytes, long writeBytes) {

    /** Null when the process is gone or its io file cannot be read (another user's process). */
    public static DiskIo of(long pid) {
        List<Long> tree = ProcessTree.of(pid);
        DiskIo total = tree.isEmpty() ? null : own(tree.get(0));
        if (total == null) {
            return null;
        }
        for (long child : tree.subList(1, tree.size())) {
            total = total.plus(own(child));
        }
        return total;
    }

    /**
     * What was done since {@code earlier}; null when it is missing. A child that ended in between takes its
     * count away: the difference is then floored at zero.
     */
    public DiskIo since(DiskIo earlier) {
        return earlier == null ? null : new DiskIo(Math.max(0, readBytes - earlier.readBytes),
                Math.max(0, writeBytes - earlier.writeBytes));
    }

    private DiskIo plus(DiskIo other) {
        return other == null ? this : new DiskIo(readBytes + other.readBytes, writeBytes + other.writeBytes);
    }

    private static DiskIo own(long pid) {
        Long read = ProcFiles.bytesField("/proc/" + pid + "/io", "read_bytes:");
        Long written = ProcFiles.bytesField("/proc/" + pid + "/io", "write_bytes:");
        return read == null || written == null ? null : new DiskIo(read, written);
    }
}
