package org.koprogo.load.report;

import java.util.List;

import org.koprogo.load.result.RunResult.Frame;

/** The methods the app's CPU was found in most, from the run's profile. */
final class FrameTable {

    private FrameTable() {
    }

    static void render(Markup out, List<Frame> frames) {
        if (frames.isEmpty()) {
            out.element("p", "No frames were sampled.", "class", "note");
            return;
        }
        Table table = Table.start(out, "frames").head().heading("frame").numericHeading("self %")
                .numericHeading("self samples").numericHeading("total %").numericHeading("total samples");
        for (Frame frame : frames) {
            table.row();
            table.cellMarkup().element("code", frame.frame());
            table.endCellMarkup().number(Format.inUnit(frame.selfPercent(), "%")).number(Format.count(frame.selfSamples()))
                    .number(Format.inUnit(frame.totalPercent(), "%")).number(Format.count(frame.totalSamples()));
        }
        table.end();
    }
}
