package org.koprogo.load.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.koprogo.load.profile.CollapsedStacks;

/**
 * The app's CPU as an icicle graph: all samples on top, each frame below the frame that called it, as wide as
 * the samples it was on the stack for. Hovering a frame gives its name and share. Deep stacks stop at
 * {@link #MAX_DEPTH} rows; siblings too thin to see merge into one grey box, which keeps the page small.
 */
final class FlameGraph {

    static final int MAX_DEPTH = 160;
    /** A frame under this share of all samples joins its small siblings in one box. */
    static final double MIN_SHARE = 0.002;
    static final String ROOT = "all";

    private static final int ROW = 14;
    private static final int TOP = 26;
    /** Frame labels at 11 px need about this many pixels per character. */
    private static final double CHARACTER_WIDTH = 6.6;
    private static final double NARROWEST_LABEL = 3 * CHARACTER_WIDTH;
    private static final String MERGED_COLOUR = "#c8c8c8";

    /** One rectangle: its row (0 for all samples), its span in pixels, and what it stands for. */
    record Box(int depth, double x, double width, String frame, long samples, boolean merged) {
    }

    /** A frame in one calling context, with the samples of every stack through it. */
    private static final class Node {
        final String frame;
        long samples;
        final Map<String, Node> callees = new HashMap<>();

        Node(String frame) {
            this.frame = frame;
        }
    }

    private final List<Box> boxes;
    private final long total;

    private FlameGraph(List<Box> boxes, long total) {
        this.boxes = boxes;
        this.total = total;
    }

    static FlameGraph of(CollapsedStacks stacks) {
        return new FlameGraph(layout(stacks, Page.CHART_WIDTH, MAX_DEPTH, MIN_SHARE), stacks.total());
    }

    /** The rectangles, callers before callees, siblings most samples first from the left. */
    static List<Box> layout(CollapsedStacks stacks, double width, int maxDepth, double minShare) {
        Node root = new Node(ROOT);
        stacks.stacks().forEach((frames, samples) -> {
            Node node = root;
            node.samples += samples;
            for (String frame : frames) {
                node = node.callees.computeIfAbsent(frame, Node::new);
                node.samples += samples;
            }
        });
        List<Box> boxes = new ArrayList<>();
        if (root.samples > 0) {
            place(root, 0, 0, width / root.samples, minShare * root.samples, maxDepth, boxes);
        }
        return boxes;
    }

    private static void place(Node node, int depth, double x, double pixelsPerSample, double fewestSamples,
                              int maxDepth, List<Box> boxes) {
        boxes.add(new Box(depth, x, node.samples * pixelsPerSample, node.frame, node.samples, false));
        if (depth + 1 >= maxDepth) {
            return;
        }
        double left = x;
        long thinSamples = 0;
        int thin = 0;
        List<Node> callees = node.callees.values().stream()
                .sorted(Comparator.comparingLong((Node n) -> n.samples).reversed().thenComparing(n -> n.frame))
                .toList();
        for (Node callee : callees) {
            if (callee.samples < fewestSamples) {
                thinSamples += callee.samples;
                thin++;
            } else {
                place(callee, depth + 1, left, pixelsPerSample, fewestSamples, maxDepth, boxes);
                left += callee.samples * pixelsPerSample;
            }
        }
        if (thin > 0 && thinSamples >= fewestSamples) {
            boxes.add(new Box(depth + 1, left, thinSamples * pixelsPerSample,
                    thin + " small frames", thinSamples, true));
        }
    }

    void render(Markup out) {
        int rows = boxes.stream().mapToInt(Box::depth).max().orElse(0) + 1;
        int height = TOP + rows * ROW;
        String title = "CPU of the app by stack · " + Format.count(total) + " samples";
        out.open("svg", "class", "chart flame", "viewBox", "0 0 " + Page.CHART_WIDTH + " " + height,
                "width", "" + Page.CHART_WIDTH, "height", "" + height, "role", "img", "aria-label", title);
        out.element("text", title, "class", "chart-title", "x", "0", "y", "16");
        for (Box box : boxes) {
            double y = TOP + box.depth() * ROW;
            out.open("rect", "x", Format.px(box.x()), "y", Format.px(y), "width", Format.px(box.width()),
                    "height", Format.px(ROW - 1), "fill", box.merged() ? MERGED_COLOUR : colour(box.frame()));
            out.element("title", box.frame() + " · " + Format.count(box.samples()) + " samples · "
                    + Format.percent(box.samples(), total)).close("rect");
            if (box.width() >= NARROWEST_LABEL) {
                out.element("text", label(box.frame(), box.width()), "class", "frame-label",
                        "x", Format.px(box.x() + 3), "y", Format.px(y + ROW - 4));
            }
        }
        out.close("svg");
    }

    /** The whole name if it fits, else without its package, else cut with an ellipsis. */
    static String label(String frame, double width) {
        int room = (int) ((width - 6) / CHARACTER_WIDTH);
        if (frame.length() <= room) {
            return frame;
        }
        String shorter = withoutPackage(frame);
        if (shorter.length() <= room) {
            return shorter;
        }
        return room <= 1 ? "" : shorter.substring(0, room - 1) + "…";
    }

    /** {@code org.example.Type.method} reads {@code Type.method}. */
    private static String withoutPackage(String frame) {
        int method = frame.lastIndexOf('.');
        int type = method <= 0 ? -1 : frame.lastIndexOf('.', method - 1);
        return frame.substring(type + 1);
    }

    /** Warm hues as flame graphs have them, the same frame always the same colour in every report. */
    private static String colour(String frame) {
        int hash = frame.hashCode();
        int red = 205 + Math.floorMod(hash, 50);
        int green = 80 + Math.floorMod(hash >> 8, 140);
        int blue = 30 + Math.floorMod(hash >> 16, 40);
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
}
