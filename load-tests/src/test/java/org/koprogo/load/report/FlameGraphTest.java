package org.koprogo.load.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.koprogo.load.profile.CollapsedStacks;
import org.koprogo.load.report.FlameGraph.Box;

class FlameGraphTest {

    private static final double WIDTH = 1000;

    private static List<Box> layout(int maxDepth) {
        return FlameGraph.layout(SyntheticRuns.stacks(), WIDTH, maxDepth, FlameGraph.MIN_SHARE);
    }

    private static Box box(List<Box> boxes, String frame) {
        return boxes.stream().filter(b -> b.frame().equals(frame)).findFirst().orElseThrow();
    }

    @Test
    void widthsAreProportionalToSamples() {
        List<Box> boxes = layout(FlameGraph.MAX_DEPTH);
        Box all = boxes.get(0);
        assertEquals(FlameGraph.ROOT, all.frame());
        assertEquals(WIDTH, all.width(), 1e-9);
        assertEquals(500, box(boxes, "Pg.execute").width(), 1e-9);
        assertEquals(747, box(boxes, "BuildingsResource.list").width(), 1e-9);
        assertEquals(0, box(boxes, "BuildingsResource.list").x(), 1e-9);
        assertEquals(747, box(boxes, "AuthResource.login").x(), 1e-9);
    }

    /** A frame's callees never spill out of it: each row's boxes below a frame sum to at most its width. */
    @Test
    void calleesFitInTheirCaller() {
        List<Box> boxes = layout(FlameGraph.MAX_DEPTH);
        Map<Integer, Double> widthByRow = boxes.stream()
                .collect(Collectors.groupingBy(Box::depth, Collectors.summingDouble(Box::width)));
        assertEquals(WIDTH, widthByRow.get(1), 1e-9);
        assertEquals(WIDTH, widthByRow.get(2), 1e-9);
        // BuildingsResource.list ran 47 samples itself and Tiny.<script> 3: the row below is that much narrower
        assertEquals(WIDTH - 50, widthByRow.get(4), 1e-9);
        Box list = box(boxes, "BuildingsResource.list");
        Box json = box(boxes, "Json.write");
        assertTrue(json.x() >= list.x() && json.x() + json.width() <= list.x() + list.width() + 1e-9);
    }

    @Test
    void thinFramesMergeAndVanishWhenTheirSumIsThinToo() {
        CollapsedStacks stacks = new CollapsedStacks();
        stacks.add(List.of("main", "big"), 990);
        stacks.add(List.of("main", "small1"), 1);
        stacks.add(List.of("main", "small2"), 1);
        stacks.add(List.of("main", "small3"), 1);
        stacks.add(List.of("other", "tiny"), 7);
        // 0.2 % of 1,000 samples is 2: the three small frames merge, "other" and "tiny" (7) stay
        List<Box> boxes = FlameGraph.layout(stacks, WIDTH, 64, FlameGraph.MIN_SHARE);
        Box merged = box(boxes, "3 small frames");
        assertTrue(merged.merged());
        assertEquals(3, merged.samples());
        assertEquals(2, merged.depth());
        assertEquals(990, merged.x(), 1e-9);
        assertTrue(boxes.stream().noneMatch(b -> b.frame().startsWith("small")));
        assertEquals(7, box(boxes, "tiny").samples());
        // at 1 % (10 samples) the small three (0.3 %) and "other" (0.7 %) are too thin even merged: they leave a gap
        List<Box> coarse = FlameGraph.layout(stacks, WIDTH, 64, 0.01);
        assertTrue(coarse.stream().noneMatch(Box::merged));
        assertEquals(List.of("all", "main", "big"), coarse.stream().map(Box::frame).toList());
    }

    @Test
    void rowsStopAtTheDepthCap() {
        List<Box> capped = layout(3);
        assertEquals(2, capped.stream().mapToInt(Box::depth).max().orElseThrow());
        assertEquals(List.of("all", "Thread.run", "Worker.run"), capped.stream().map(Box::frame).toList());
    }

    @Test
    void labelsShortenToTheirBox() {
        assertEquals("org.example.Type.method", FlameGraph.label("org.example.Type.method", 400));
        assertEquals("Type.method", FlameGraph.label("org.example.Type.method", 100));
        assertEquals("Type…", FlameGraph.label("org.example.Type.method", 40));
    }

    @Test
    void rendersEveryBoxWithItsShare() {
        Markup out = new Markup();
        FlameGraph.of(SyntheticRuns.stacks()).render(out);
        String svg = out.toString();
        assertEquals(layout(FlameGraph.MAX_DEPTH).size(), HtmlAssertions.count(svg, "<rect"));
        assertTrue(svg.contains("<title>BCrypt.hash · 250 samples · 25.00 %</title>"));
        assertTrue(svg.contains("<title>Tiny.&lt;script&gt; · 3 samples · 0.30 %</title>"));
        assertTrue(svg.contains(">Pg.execute</text>"));
    }
}
