package org.koprogo.core.limits.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestEncodingTest {

    @Test
    void gzipIsAcceptedWhenListedWithAPositiveQuality() {
        assertTrue(RequestEncoding.acceptsGzip("gzip"));
        assertTrue(RequestEncoding.acceptsGzip("br, GZIP;q=0.5, deflate"));
        assertTrue(RequestEncoding.acceptsGzip("x-gzip ; Q=1"));
        assertTrue(RequestEncoding.acceptsGzip("gzip;level=9"));
    }

    @Test
    void gzipIsNotAcceptedWhenRefusedUnlistedOrUnreadable() {
        assertFalse(RequestEncoding.acceptsGzip("gzip;q=0"));
        assertFalse(RequestEncoding.acceptsGzip("gzip;q=abc"));
        assertFalse(RequestEncoding.acceptsGzip("identity;q=0, *;q=0"));
        assertFalse(RequestEncoding.acceptsGzip(";;;"));
        assertFalse(RequestEncoding.acceptsGzip(""));
        assertFalse(RequestEncoding.acceptsGzip("\"gzip\""));
    }
}
