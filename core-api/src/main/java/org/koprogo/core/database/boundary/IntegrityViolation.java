package org.koprogo.core.database.boundary;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.koprogo.core.failure.control.Causes;

/** PostgreSQL's integrity failures, found in whatever JPA and JTA wrapped around them. */
public enum IntegrityViolation {

    UNIQUE("23505"),
    FOREIGN_KEY("23503");

    /** Every PostgreSQL message of these classes names its constraint first: ... constraint "name" ... */
    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");

    private final String sqlState;

    IntegrityViolation(String sqlState) {
        this.sqlState = sqlState;
    }

    /** The violated constraint's name ("" if the message names none), if the failure is of this kind. */
    public Optional<String> in(Throwable failure) {
        return Causes.find(failure, SQLException.class, sql -> sqlState.equals(sql.getSQLState()))
                .map(sql -> {
                    Matcher name = CONSTRAINT.matcher(String.valueOf(sql.getMessage()));
                    return name.find() ? name.group(1) : "";
                });
    }
}
