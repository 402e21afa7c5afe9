package org.koprogo.documents.document.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttachmentNameTest {

    @Test
    void anAsciiFallbackWithoutQuotesAndTheExactNameEncoded() {
        assertEquals("attachment; filename=\"plan.pdf\"; filename*=UTF-8''plan.pdf", AttachmentName.header("plan.pdf"));
        assertEquals("attachment; filename=\"_t_ _a_b__.pdf\"; filename*=UTF-8''%C3%A9t%C3%A9%20%22a%5Cb%22%25.pdf",
                AttachmentName.header("été \"a\\b\"%.pdf"));
        assertEquals("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E6%96%87%E4%BB%B6.pdf",
                AttachmentName.header("文件.pdf"));
    }
}
