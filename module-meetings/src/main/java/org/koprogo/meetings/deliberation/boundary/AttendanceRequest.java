package org.koprogo.meetings.deliberation.boundary;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.koprogo.core.refusal.boundary.InvalidInput;
import org.koprogo.meetings.deliberation.entity.Presence;
import org.koprogo.meetings.deliberation.entity.ProxyHolder;

/**
 * How a co-owner attends: present, or represented by a proxy holder, another co-owner (by owner id) or anyone
 * else (by name). An absent co-owner has no attendance: DELETE it.
 */
public record AttendanceRequest(@NotNull Presence presence, UUID proxyHolderOwnerId,
                                @Size(max = 255) String proxyHolderName) {

    static final String REQUIRED = "must be a JSON object with presence";

    /** The proxy holder, null for a co-owner present in person; 400 unless presence and holder agree. */
    ProxyHolder holder() {
        boolean named = proxyHolderName != null && !proxyHolderName.isBlank();
        switch (presence) {
            case PRESENT -> {
                if (proxyHolderOwnerId != null || proxyHolderName != null) {
                    throw InvalidInput.inBody("#/presence", "a co-owner present in person has no proxy holder");
                }
                return null;
            }
            case REPRESENTED -> {
                if ((proxyHolderOwnerId != null) == named) {
                    throw InvalidInput.inBody("#/proxy_holder_owner_id",
                            "a represented co-owner names one proxy holder: proxy_holder_owner_id or proxy_holder_name");
                }
                return new ProxyHolder(proxyHolderOwnerId, named ? proxyHolderName : null);
            }
            default -> throw InvalidInput.inBody("#/presence",
                    "must be present or represented; an absent co-owner's attendance is deleted");
        }
    }
}
