package org.koprogo.seed.world.control;

import java.sql.SQLException;

/** A seed row the database refused, carried out of the {@code Consumer<Row>} the worlds write to. */
final class SeedWriteException extends RuntimeException {

    SeedWriteException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
