package org.koprogo.auth.login.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.7,2001:db8::/32");

    @Test
    void anUntrustedPeerIsTheClientWhateverItsHeaderSays() {
        assertEquals("203.0.113.9", proxies.clientAddress("203.0.113.9", List.of("198.51.100.1")));
        assertEquals("203.0.113.9", TrustedProxies.parse("").clientAddress("203.0.113.9", List.of("10.1.1.1")));
    }

    @Test
    void theRightMostAddressThatIsNoTrustedProxyIsTheClient() {
        assertEquals("198.51.100.1", proxies.clientAddress("192.168.1.7", List.of("198.51.100.1")));
        assertEquals("198.51.100.1", proxies.clientAddress("10.2.3.4",
                List.of("6.6.6.6, 198.51.100.1", "10.9.9.9")), "what the client wrote itself is ignored");
        assertEquals("198.51.100.1", proxies.clientAddress("2001:db8::1", List.of(" 198.51.100.1 ,10.0.0.1")));
    }

    @Test
    void addressesAreCanonicalAndRangesMatchByPrefix() {
        assertEquals("2001:db9:0:0:0:0:0:5", proxies.clientAddress("10.0.0.1", List.of("[2001:DB9::5]")));
        assertEquals("2001:db8:0:0:0:0:0:5", proxies.clientAddress("10.0.0.1", List.of("2001:db8::5")),
                "all hops trusted: the farthest one");
        assertEquals("11.0.0.1", proxies.clientAddress("11.0.0.1", List.of("198.51.100.1")), "outside 10/8");
    }

    @Test
    void aHeaderWithoutAnAddressLeavesTheProxy() {
        assertEquals("10.0.0.1", proxies.clientAddress("10.0.0.1", List.of("unknown")));
        assertEquals("10.0.0.1", proxies.clientAddress("10.0.0.1", List.of()));
        assertEquals("10.0.0.1", proxies.clientAddress("10.0.0.1", List.of("256.1.1.1")));
    }

    @Test
    void namesAndBadRangesAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example.be"))
                .getMessage().contains("proxy.example.be"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/8/8"));
        assertTrue(TrustedProxies.literal("example.com").isEmpty());
    }
}
