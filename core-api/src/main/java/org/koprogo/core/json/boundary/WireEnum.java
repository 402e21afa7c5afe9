package org.koprogo.core.json.boundary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.koprogo.core.refusal.boundary.InvalidField;
import org.koprogo.core.refusal.boundary.InvalidInput;

/**
 * KoproGo's enum spellings: emitted as its Rust variant names ({@code PENDING_APPROVAL} is "PendingApproval"),
 * read case-insensitively with or without underscores. An enum opts in by returning {@link #pascal} from its
 * {@code toString()}, which the platform's JSON writes and reads case-insensitively (see {@link JsonMapping}).
 */
public final class WireEnum {

    private WireEnum() {
    }

    public static String pascal(Enum<?> value) {
        return Arrays.stream(value.name().split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining());
    }

    /** A query parameter's value, or null when absent; anything else is a 400 naming the parameter. */
    public static <E extends Enum<E>> E parameter(String name, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String wanted = text.strip().replace("_", "");
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> value.toString().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(List.of(InvalidField.inParameter(name,
                        "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::toString)
                                .collect(Collectors.joining(", "))))));
    }
}
