package org.koprogo.load.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DiskIoTest {

    @Test
    void aPhaseIsTheDifferenceFlooredAtZeroWhenAChildTookItsCountAway() {
        DiskIo before = new DiskIo(1_000, 5_000);
        assertEquals(new DiskIo(500, 2_000), new DiskIo(1_500, 7_000).since(before));
        assertEquals(new DiskIo(0, 1_000), new DiskIo(200, 6_000).since(before));
        assertNull(new DiskIo(1, 1).since(null));
    }

    @Test
    void ourOwnProcessCanBeReadAndAnEndedOneCannot() {
        assertNotNull(DiskIo.of(ProcessHandle.current().pid()));
        assertNull(DiskIo.of(Long.MAX_VALUE));
    }
}
