package org.koprogo.load.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.koprogo.load.sample.DiskIo;
import org.koprogo.load.sample.PhaseMeter;

class PhaseFiguresTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void throughputIsEveryTransfersBytesOverThePhasesWallTime() {
        List<Transfer> four = List.of(new Transfer(201, 50_000_000, 3 * SECOND, true),
                new Transfer(201, 50_000_000, 4 * SECOND, true), new Transfer(201, 50_000_000, 2 * SECOND, true),
                new Transfer(201, 50_000_000, 4 * SECOND, true));
        PhaseMeter.Figures server = new PhaseMeter.Figures(40.0, 380.0, 25.0, new DiskIo(4_000_000, 600_000_000), 2.5);
        PhaseFigures figures = PhaseFigures.of("upload", 1, 201, four, 4 * SECOND, SECOND, server);

        assertEquals(200_000_000, figures.bytes());
        assertEquals(50.0, figures.megabytesPerSecond(), 1e-9);
        assertEquals(3500.0, figures.latencyMedianMs(), 1e-9);
        assertEquals(4000.0, figures.latencyMaxMs(), 1e-9);
        assertEquals(25.0, figures.clientCpuPercent(), 1e-9);
        assertEquals(150.0, figures.dbWrittenMbPerSecond(), 1e-9);
        assertEquals(1.0, figures.dbReadMbPerSecond(), 1e-9);
        assertEquals(380.0, figures.appRssPeakMb());
        assertEquals(0, figures.failed());
    }

    @Test
    void aWrongStatusOrAlteredBytesIsAFailureAndMissingServerFiguresStayMissing() {
        List<Transfer> three = List.of(new Transfer(200, 10, SECOND, true), new Transfer(200, 10, SECOND, false),
                new Transfer(0, 0, SECOND, false));
        PhaseFigures figures = PhaseFigures.of("download", 2, 200, three, SECOND, 0,
                new PhaseMeter.Figures(null, null, null, null, null));
        assertEquals(2, figures.failed());
        assertEquals(1000.0, figures.latencyMedianMs(), 1e-9);
        assertNull(figures.appCpuPercent());
        assertNull(figures.dbWrittenMbPerSecond());
    }

    @Test
    void theSummaryIsTheMedianRoundSoThatOneSlowRoundDoesNotMoveIt() {
        List<PhaseFigures> rounds = List.of(round(80), round(10), round(90));
        assertEquals(80.0, PhaseFigures.medianThroughput(rounds), 1e-9);
        assertEquals(85.0, PhaseFigures.medianThroughput(List.of(round(80), round(90))), 1e-9);
    }

    private static PhaseFigures round(int megabytes) {
        return PhaseFigures.of("upload", 1, 201, List.of(new Transfer(201, megabytes * 1_000_000L, SECOND, true)),
                SECOND, 0, new PhaseMeter.Figures(null, null, null, null, null));
    }
}
