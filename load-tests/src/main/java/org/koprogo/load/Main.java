package org.koprogo.load;

import java.util.Arrays;

import org.koprogo.load.documents.DocumentBench;
import org.koprogo.load.profile.StackLayers;
import org.koprogo.load.report.Reports;
import org.koprogo.load.scenario.LoadRun;
import org.koprogo.load.targets.Targets;

/**
 * {@code run} drives traffic and measures; {@code documents} times concurrent file uploads and downloads;
 * {@code targets} starts the platform and measures every figure of issue 17's targets;
 * {@code report} and {@code compare} turn results into HTML.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "run" -> System.exit(LoadRun.main(Arrays.asList(args).subList(1, args.length)));
            case "targets" -> System.exit(Targets.main(Arrays.asList(args).subList(1, args.length)));
            case "documents" -> System.exit(DocumentBench.main(Arrays.asList(args).subList(1, args.length)));
            case "layers" -> System.exit(StackLayers.main(Arrays.asList(args).subList(1, args.length)));
            case "report", "compare" -> Reports.main(args);
            default -> {
                System.err.println("""
                        usage: java -jar koprogo-load.jar run <scenario> [options]   (run without a scenario for help)
                               java -jar koprogo-load.jar documents [options]  (--help for them)
                               java -jar koprogo-load.jar targets --a-jar JAR [options]  (issue 17's targets)
                               java -jar koprogo-load.jar report <result.json>
                               java -jar koprogo-load.jar compare <a.json> <b.json> [out.html]
                               java -jar koprogo-load.jar layers <run.jfr|run.stacks.txt>""");
                System.exit(LoadRun.EXIT_USAGE);
            }
        }
    }
}
