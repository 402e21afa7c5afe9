package org.koprogo.core.database.control;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.koprogo.core.problem.control.Causes;

/** Finds PostgreSQL's unique-constraint failure (SQLSTATE 23505) in whatever JPA and JTA wrapped around it. */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Pattern CONSTRAINT = Pattern.compile("unique constraint \"([^\"]+)\"");

    private UniqueViolation() {
    }

    /** The violated constraint's name, if the failure is a unique violation. */
    public static Optional<String> in(Throwable failure) {
        return Causes.find(failure, SQLException.class, sql -> UNIQUE_VIOLATION.equals(sql.getSQLState()))
                .map(sql -> {
                    Matcher name = CONSTRAINT.matcher(String.valueOf(sql.getMessage()));
                    return name.find() ? name.group(1) : "";
                });
    }

    public static boolean of(Throwable failure, String constraint) {
        return in(failure).filter(constraint::equals).isPresent();
    }
}
