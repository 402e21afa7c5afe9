package org.koprogo.core.json.control;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * What PostgreSQL would refuse, or store as something else, checked before it gets there: it refuses U+0000 in
 * text, cannot encode an unpaired UTF-16 surrogate, and dates beyond year 294276. Other control characters are
 * refused too (tab, line feed and carriage return aside): no field of the platform means them.
 */
public final class Storable {

    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    private Storable() {
    }

    /** Why this text cannot be stored, if it cannot. */
    public static Optional<String> textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return Optional.of("must not contain control characters (found U+%04X)".formatted((int) c));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain an unpaired UTF-16 surrogate (found U+%04X)".formatted((int) c));
            }
        }
        return Optional.empty();
    }

    /** Why this date or timestamp cannot be stored, if it cannot: its year must be within 1–9999. */
    public static Optional<String> dateProblem(TemporalAccessor value) {
        long year = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC).getYear()
                : value.isSupported(ChronoField.YEAR) ? value.getLong(ChronoField.YEAR) : FIRST_YEAR;
        return year < FIRST_YEAR || year > LAST_YEAR
                ? Optional.of("must be a date within the years " + FIRST_YEAR + " to " + LAST_YEAR)
                : Optional.empty();
    }
}
