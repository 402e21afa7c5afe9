package org.koprogo.load.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.koprogo.load.result.RunResult;

class ResultFilesTest {

    @TempDir
    Path directory;

    @Test
    void joinsTheTimelineAndTheSamplesBySecond() throws IOException {
        RunResult result = new RunResult("light", null, null, null, null, null, List.of(),
                List.of(new RunResult.Second(0, 10, 500, 1, 1.25, 2.5, 5.0, 9.0),
                        new RunResult.Second(1, 10, 480, 0, 1.5, 2.75, 6.0, 8.0)),
                List.of(new RunResult.Sample(1, 150.5, 350.0, null, null, 2, 8, 10, 1.5, null)),
                null, null, null, null, null, null);
        Path csv = directory.resolve("light.csv");

        ResultFiles.writeCsv(result, csv);

        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size());
        assertEquals(16, lines.get(0).split(",").length);
        assertEquals("0,10,500,1,1.250,2.500,5.000,9.000,,,,,,,,", lines.get(1));
        assertEquals("1,10,480,0,1.500,2.750,6.000,8.000,150.500,350.000,,,2,8,10,1.500", lines.get(2));
    }
}
