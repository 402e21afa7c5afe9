package org.koprogo.load.documents;

/**
 * One upload or download: its HTTP status (0 when the connection failed), the file bytes moved, the time from
 * sending the request to the last byte, and whether the bytes were the ones expected (SHA-256 compared).
 */
record Transfer(int status, long bytes, long nanos, boolean intact) {

    boolean succeeded(int expectedStatus) {
        return status == expectedStatus && intact;
    }
}
