package org.koprogo.core.database.control;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds PostgreSQL's unique-constraint failure (SQLSTATE 23505) in whatever JPA and JTA wrapped around it. */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Pattern CONSTRAINT = Pattern.compile("unique constraint \"([^\"]+)\"");

    private UniqueViolation() {
    }

    /** The violated constraint's name, if the failure is a unique violation. */
    public static Optional<String> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                Matcher name = CONSTRAINT.matcher(String.valueOf(sql.getMessage()));
                return Optional.of(name.find() ? name.group(1) : "");
            }
        }
        return Optional.empty();
    }

    public static boolean of(Throwable failure, String constraint) {
        return in(failure).filter(constraint::equals).isPresent();
    }
}
