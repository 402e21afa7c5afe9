package org.koprogo.meetings.deliberation.entity;

import java.util.Locale;
import java.util.UUID;

/**
 * Who holds a co-owner's proxy: another co-owner of the building, or anyone else, named. Two proxies name the
 * same outsider when their names match ignoring case and surrounding spaces.
 */
public record ProxyHolder(UUID ownerId, String name) {

    public ProxyHolder {
        if ((ownerId == null) == (name == null || name.isBlank())) {
            throw new IllegalArgumentException("a proxy holder is either a co-owner or a named outsider");
        }
        name = name == null ? null : name.strip();
    }

    public boolean isCoOwner() {
        return ownerId != null;
    }

    /** The same key for every proxy this person holds. */
    public String key() {
        return isCoOwner() ? ownerId.toString() : "name:" + name.toLowerCase(Locale.ROOT);
    }
}
