package org.koprogo.gdpr.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ClientNetworkTest {

    @Test
    void anIpv4AddressKeepsItsSlash24() {
        assertEquals("203.0.113.0/24", ClientNetwork.of("203.0.113.77"));
        assertEquals("127.0.0.0/24", ClientNetwork.of("127.0.0.1"));
    }

    @Test
    void anIpv6AddressKeepsItsSlash48() {
        assertEquals("2001:db8:1234::/48", ClientNetwork.of("2001:db8:1234:5678:9abc::1"));
        assertEquals("2001:db8:1234::/48", ClientNetwork.of("2001:0db8:1234:ffff:ffff:ffff:ffff:ffff"));
        assertEquals("0::/48", ClientNetwork.of("::1"));
    }

    @Test
    void whatIsNoLiteralAddressIsKeptAsUnknown() {
        assertNull(ClientNetwork.of(null));
        assertNull(ClientNetwork.of("localhost"));
        assertNull(ClientNetwork.of("fe80::1%eth0"));
        assertNull(ClientNetwork.of(""));
    }
}
