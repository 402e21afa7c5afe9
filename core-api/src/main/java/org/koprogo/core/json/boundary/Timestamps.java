package org.koprogo.core.json.boundary;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a timestamp as Jackson's time module does (RFC 3339 text with its own offset, the fraction without
 * trailing zeros and none when whole, {@code Z} for UTC), digit by digit. Every response record carries two or
 * more timestamps, and the time module's formatter (a DateTimeFormatter building the fraction through BigDecimal)
 * was a few per cent of a list's CPU. Years outside 0000–9999, which the database can hold, go through the
 * standard formatter.
 */
final class Timestamps extends SimpleModule {

    Timestamps() {
        super("koprogo-timestamps");
        addSerializer(OffsetDateTime.class, new Writer());
    }

    private static final class Writer extends StdSerializer<OffsetDateTime> {

        Writer() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(text(value));
        }
    }

    static String text(OffsetDateTime value) {
        int year = value.getYear();
        if (year < 0 || year > 9999) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
        }
        char[] text = new char[38]; // the longest: 2026-11-28T17:54:08.123456789+05:30:15
        int end = digits(text, 0, year, 4);
        text[end++] = '-';
        end = digits(text, end, value.getMonthValue(), 2);
        text[end++] = '-';
        end = digits(text, end, value.getDayOfMonth(), 2);
        text[end++] = 'T';
        end = digits(text, end, value.getHour(), 2);
        text[end++] = ':';
        end = digits(text, end, value.getMinute(), 2);
        text[end++] = ':';
        end = digits(text, end, value.getSecond(), 2);
        end = fraction(text, end, value.getNano());
        return new String(text, 0, offset(text, end, value.getOffset().getTotalSeconds()));
    }

    private static int fraction(char[] text, int end, int nanos) {
        if (nanos == 0) {
            return end;
        }
        int width = 9;
        while (nanos % 10 == 0) {
            nanos /= 10;
            width--;
        }
        text[end] = '.';
        return digits(text, end + 1, nanos, width);
    }

    /** As ZoneOffset's id: Z, or ±hh:mm with :ss only when there are seconds. */
    private static int offset(char[] text, int end, int totalSeconds) {
        if (totalSeconds == 0) {
            text[end] = 'Z';
            return end + 1;
        }
        text[end] = totalSeconds < 0 ? '-' : '+';
        int seconds = Math.abs(totalSeconds);
        end = digits(text, end + 1, seconds / 3600, 2);
        text[end] = ':';
        end = digits(text, end + 1, seconds / 60 % 60, 2);
        if (seconds % 60 != 0) {
            text[end] = ':';
            end = digits(text, end + 1, seconds % 60, 2);
        }
        return end;
    }

    /** {@code value} in exactly {@code width} decimal digits, zero-padded, from {@code start}; returns the end. */
    private static int digits(char[] text, int start, int value, int width) {
        for (int i = start + width - 1; i >= start; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return start + width;
    }
}
