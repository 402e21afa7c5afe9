package org.koprogo.load.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StackLayersTest {

    private static final String JERSEY = "org.glassfish.jersey.server.ApplicationHandler.handle";
    private static final String SERVLET = "org.apache.catalina.connector.CoyoteAdapter.service";

    @Test
    void aStackGoesToTheMostSpecificLayerOnIt() {
        CollapsedStacks stacks = new CollapsedStacks();
        stacks.add(List.of(SERVLET, JERSEY, "org.koprogo.core.paging.boundary.JpaPages.list", "java.util.HashMap.get"), 3);
        stacks.add(List.of(SERVLET, JERSEY, "org.glassfish.jersey.server.ServerRuntime$Responder.process"), 2);
        stacks.add(List.of(SERVLET, "org.apache.catalina.authenticator.AuthenticatorBase.invoke"), 1);
        stacks.add(List.of("java.lang.Thread.run", "jdk.jfr.internal.Something.run"), 4);

        Map<String, Long> layers = StackLayers.of(stacks);

        assertEquals(3, layers.get("JPA/JDBC: lists (page + count)"));
        assertEquals(2, layers.get("Jersey (routing, filters, injection, response)"));
        assertEquals(1, layers.get("authentication: Jakarta Security + MP-JWT mechanism"));
        assertEquals(4, layers.get(StackLayers.UNATTRIBUTED));
        assertEquals(0, layers.get("HTTP (Grizzly)"));
        assertEquals(stacks.total(), layers.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void framesAreMatchedWithoutTheirPackage() {
        assertEquals("ServerRuntime$Responder.process",
                StackLayers.withoutPackage("org.glassfish.jersey.server.ServerRuntime$Responder.process"));
        assertEquals("[truncated stack]", StackLayers.withoutPackage("[truncated stack]"));
    }
}
