package org.koprogo.documents.document.control;

/** An upload refused for its size: over the per-file cap, or past its organization's storage (a 413). */
public class UploadTooLarge extends RuntimeException {

    public UploadTooLarge(String message) {
        super(message);
    }
}
