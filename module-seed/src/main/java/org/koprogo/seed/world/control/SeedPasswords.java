package org.koprogo.seed.world.control;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A seeding's passwords: each distinct one hashed once, since a bcrypt hash takes ~55 ms and a scaled world has
 * thousands of users sharing a password; told back from its hash for the accounts the report shows. Not
 * thread-safe: one per seeding.
 */
final class SeedPasswords implements UnaryOperator<String> {

    private final UnaryOperator<String> hashes;
    private final Map<String, String> hashByPassword = new HashMap<>();

    SeedPasswords(UnaryOperator<String> hashes) {
        this.hashes = hashes;
    }

    @Override
    public String apply(String password) {
        return hashByPassword.computeIfAbsent(password, hashes);
    }

    /** The password this seeding hashed to {@code hash}. */
    String password(String hash) {
        return hashByPassword.entrySet().stream().filter(entry -> entry.getValue().equals(hash))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No password of this seeding has that hash"));
    }
}
