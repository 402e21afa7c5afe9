package org.koprogo.load.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.koprogo.load.result.RunResult.Frame;

class CollapsedStacksTest {

    private static CollapsedStacks sample() {
        CollapsedStacks stacks = new CollapsedStacks();
        stacks.add(List.of("main", "serve", "query"), 6);
        stacks.add(List.of("main", "serve", "json"), 3);
        stacks.add(List.of("main", "serve", "query"), 2);
        stacks.add(List.of("main", "walk", "walk", "walk"), 4);
        stacks.add(List.of("main"), 5);
        return stacks;
    }

    @Test
    void samplesOfTheSameStackAddUp() {
        CollapsedStacks stacks = sample();
        assertEquals(20, stacks.total());
        assertEquals(8, stacks.stacks().get(List.of("main", "serve", "query")));
        assertEquals(4, stacks.stacks().size());
    }

    @Test
    void writesOneSortedLinePerStackAndReadsItBack() {
        String text = sample().text();
        assertEquals("main 5\nmain;serve;json 3\nmain;serve;query 8\nmain;walk;walk;walk 4\n", text);
        CollapsedStacks read = CollapsedStacks.parse(text);
        assertEquals(sample().stacks(), read.stacks());
        assertEquals(20, read.total());
    }

    @Test
    void refusesALineWithoutCount() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> CollapsedStacks.parse("main;serve 3\nmain;serve\n"));
        assertTrue(wrong.getMessage().startsWith("line 2 "), wrong.getMessage());
    }

    /** Self is where the sample was taken; total counts each sample once per frame, recursion or not. */
    @Test
    void topFramesBySelfTimeWithTheirTotal() {
        List<Frame> top = sample().topFrames(3);
        assertEquals(List.of(new Frame("query", 8, 40.0, 8, 40.0), new Frame("main", 5, 25.0, 20, 100.0),
                new Frame("walk", 4, 20.0, 4, 20.0)), top);
        assertEquals(4, sample().topFrames(30).size());
    }

    @Test
    void ignoresEmptyStacksAndNoSamples() {
        CollapsedStacks stacks = new CollapsedStacks();
        stacks.add(List.of(), 3);
        stacks.add(List.of("main"), 0);
        assertEquals(0, stacks.total());
        assertEquals("", stacks.text());
        assertEquals(List.of(), stacks.topFrames(30));
    }
}
