package org.koprogo.core.problem.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DotSegmentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/buildings/.", "/api/v1/./buildings", "/api/v1/buildings/x/..",
            "/api/v1/buildings/%2e", "/api/v1/buildings/%2E%2e", "/api/v1/.%2e/users", "/."})
    void aDotSegmentIsFound(String path) {
        assertTrue(DotSegments.hasDotSegment(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/buildings", "/api/v1/buildings/", "/api/v1/accounts/6.1", "/a/.hidden",
            "/a/..b", "/a/b..", "/", "/api/v1/buildings/%2e%2e%2e"})
    void dotsInsideASegmentAreNotSegments(String path) {
        assertFalse(DotSegments.hasDotSegment(path), path);
    }
}
