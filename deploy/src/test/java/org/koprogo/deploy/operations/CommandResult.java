package org.koprogo.deploy.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A finished command's exit status and its output, both streams together. */
record CommandResult(int status, String output) {

    static CommandResult of(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new CommandResult(process.waitFor(), output);
    }
}
