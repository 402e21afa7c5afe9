package org.koprogo.core.limits.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

class ResponseCompressionTest {

    @Test
    void jsonProblemsYamlAndTextAreCompressed() {
        assertTrue(ResponseCompression.compressible(MediaType.APPLICATION_JSON_TYPE, headers()));
        assertTrue(ResponseCompression.compressible(MediaType.valueOf("application/problem+json"), headers()));
        assertTrue(ResponseCompression.compressible(MediaType.valueOf("application/yaml"), headers()));
        assertTrue(ResponseCompression.compressible(MediaType.valueOf("text/plain; version=0.0.4"), headers()));
    }

    @Test
    void binaryTypesAndUntypedAnswersAreNot() {
        assertFalse(ResponseCompression.compressible(MediaType.APPLICATION_OCTET_STREAM_TYPE, headers()));
        assertFalse(ResponseCompression.compressible(MediaType.valueOf("application/pdf"), headers()));
        assertFalse(ResponseCompression.compressible(MediaType.valueOf("image/png"), headers()));
        assertFalse(ResponseCompression.compressible(null, headers()));
    }

    @Test
    void filesServedByRangeOrAlreadyCodedAreLeftAloneWhateverTheirType() {
        assertFalse(ResponseCompression.compressible(MediaType.TEXT_PLAIN_TYPE, headers("Accept-Ranges", "bytes")));
        assertFalse(ResponseCompression.compressible(MediaType.TEXT_PLAIN_TYPE,
                headers("Content-Range", "bytes 0-9/100")));
        assertFalse(ResponseCompression.compressible(MediaType.APPLICATION_JSON_TYPE,
                headers("Content-Encoding", "br")));
    }

    private static MultivaluedMap<String, Object> headers(String... nameValues) {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            headers.add(nameValues[i], nameValues[i + 1]);
        }
        return headers;
    }
}
