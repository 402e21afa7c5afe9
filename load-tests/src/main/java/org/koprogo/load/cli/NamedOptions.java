package org.koprogo.load.cli;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    /** "90", "90s", "5m" or "1h", in seconds. */
    public static int seconds(String duration) {
        String text = duration.trim().toLowerCase(Locale.ROOT);
        int unit = switch (text.isEmpty() ? ' ' : text.charAt(text.length() - 1)) {
            case 'h' -> 3600;
            case 'm' -> 60;
            case 's' -> 1;
            default -> 0;
        };
        int amount = Integer.parseInt(unit == 0 ? text : text.substring(0, text.length() - 1));
        if (amount < 0) {
            throw new IllegalArgumentException("a duration cannot be negative");
        }
        return amount * Math.max(unit, 1);
    }
}
