package org.koprogo.load.cli;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code --name value} pairs of a command line, each name one the command knows. */
public final class NamedOptions {

    private NamedOptions() {
    }

    /** @throws IllegalArgumentException with a message for the user: an unknown name, or a name without value */
    public static Map<String, String> parse(List<String> args, Collection<String> known) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            given.put(name, args.get(i + 1));
        }
        return given;
    }
}
