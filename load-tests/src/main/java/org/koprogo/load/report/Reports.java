package org.koprogo.load.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.koprogo.load.result.RunResult;

/**
 * The {@code report} and {@code compare} subcommands: a run's JSON becomes one self-contained HTML page, two runs'
 * JSON a comparison page and a Markdown table on standard output.
 */
public final class Reports {

    static final String USAGE = """
            usage: report <run.json> [out.html]                  the page of one run (default: next to the JSON)
                   compare <before.json> <after.json> [out.html] both runs side by side, Markdown on stdout
                                                                 (default: <after>-vs-<before>.html next to after)""";

    /** A newer generator may add fields; an older report should still read what it knows. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Reports() {
    }

    /** {@code resultDirectory} holds the run's other files, its collapsed stacks among them. */
    public static void html(RunResult result, Path resultDirectory, Path htmlFile) throws IOException {
        Files.writeString(htmlFile, RunPage.render(result, Profiles.stacks(result, resultDirectory)),
                StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs a subcommand; returns the exit status: 0, or 2 for a wrong command line. */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        String command = args.length == 0 ? "" : args[0];
        if (command.equals("report") && (args.length == 2 || args.length == 3)) {
            Path json = Path.of(args[1]);
            Path html = args.length == 3 ? Path.of(args[2]) : json.resolveSibling(baseName(json) + ".html");
            html(read(json), json.toAbsolutePath().getParent(), html);
            err.println("report: " + html);
            return 0;
        }
        if (command.equals("compare") && (args.length == 3 || args.length == 4)) {
            Path before = Path.of(args[1]);
            Path after = Path.of(args[2]);
            Path html = args.length == 4 ? Path.of(args[3])
                    : after.resolveSibling(baseName(after) + "-vs-" + baseName(before) + ".html");
            Comparison comparison = new Comparison(read(before), read(after));
            Files.writeString(html, ComparisonPage.render(comparison), StandardCharsets.UTF_8);
            out.print(MarkdownComparison.render(comparison));
            err.println("comparison: " + html);
            return 0;
        }
        err.println(USAGE);
        return 2;
    }

    static RunResult read(Path json) throws IOException {
        return JSON.readValue(json.toFile(), RunResult.class);
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }
}
