package org.koprogo.hello.greeting.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.koprogo.hello.greeting.entity.Greeting;

public record GreetingResponse(UUID id, String text, OffsetDateTime createdAt) {

    static GreetingResponse of(Greeting greeting) {
        return new GreetingResponse(greeting.getId(), greeting.getText(), greeting.getCreatedAt());
    }
}
