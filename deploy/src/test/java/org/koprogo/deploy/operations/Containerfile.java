package org.koprogo.deploy.operations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** deploy/container/Containerfile as its instructions: continuation lines joined, comments left out. */
record Containerfile(List<Instruction> instructions) {

    static final Path FILE = Repository.DEPLOY.resolve("container/Containerfile");

    record Instruction(String keyword, String arguments) {
    }

    static Containerfile shipped() {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : Repository.read(FILE).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && pending.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            String whole = pending.append(trimmed).toString().strip();
            pending.setLength(0);
            int space = whole.indexOf(' ');
            instructions.add(new Instruction(whole.substring(0, space).toUpperCase(), whole.substring(space + 1).strip()));
        }
        return new Containerfile(List.copyOf(instructions));
    }

    List<String> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    Optional<String> last(String keyword) {
        List<String> all = all(keyword);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Where COPY puts the file of the build context at {@code source}. */
    String destinationOf(String source) {
        return all("COPY").stream().map(arguments -> arguments.split("\\s+"))
                .filter(words -> words[0].equals(source)).map(words -> words[words.length - 1])
                .findFirst().orElseThrow(() -> new AssertionError("no COPY of " + source));
    }
}
