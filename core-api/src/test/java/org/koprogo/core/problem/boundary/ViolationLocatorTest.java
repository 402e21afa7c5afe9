package org.koprogo.core.problem.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ViolationLocatorTest {

    @Test
    void pointsAtTheWireNames() {
        assertEquals("organization_id", ViolationLocator.snakeCase("organizationId"));
        assertEquals("total_tantiemes", ViolationLocator.snakeCase("totalTantiemes"));
        assertEquals("name", ViolationLocator.snakeCase("name"));
    }
}
