package org.koprogo.deploy.operations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What deploy/jvm.options gives the JVM, and the memory a process with those settings needs. */
final class JvmOptions {

    static final long MIB = 1024 * 1024;
    /**
     * The JVM's memory besides the heap (metaspace, code cache, threads, native buffers, Payara's class data): with
     * the 128 MB heap, 370-395 MB RSS under the realistic load (load-tests/results/BASELINE.md).
     */
    static final long NON_HEAP_HEADROOM = 256 * MIB;

    private static final Pattern MAX_HEAP = Pattern.compile("(?m)^-Xmx(\\d+)([kKmMgG])\\s*$");

    private JvmOptions() {
    }

    static long maxHeapBytes() {
        Matcher option = MAX_HEAP.matcher(Repository.read(Repository.DEPLOY.resolve("jvm.options")));
        if (!option.find()) {
            throw new IllegalStateException("deploy/jvm.options sets no -Xmx");
        }
        return Long.parseLong(option.group(1)) * unit(option.group(2).charAt(0));
    }

    /** The least memory limit a container or unit running one instance with these settings should have. */
    static long leastMemoryLimit() {
        return maxHeapBytes() + NON_HEAP_HEADROOM;
    }

    /** A size as compose ("512M", "2g") and systemd ("512M") write it, in bytes. */
    static long bytes(String size) {
        Matcher matcher = Pattern.compile("(?i)(\\d+)\\s*([kmg])?i?b?").matcher(size.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a size: " + size);
        }
        long number = Long.parseLong(matcher.group(1));
        return matcher.group(2) == null ? number : number * unit(matcher.group(2).charAt(0));
    }

    private static long unit(char unit) {
        return switch (Character.toLowerCase(unit)) {
            case 'k' -> 1024;
            case 'm' -> MIB;
            case 'g' -> 1024 * MIB;
            default -> throw new IllegalArgumentException("unit " + unit);
        };
    }
}
