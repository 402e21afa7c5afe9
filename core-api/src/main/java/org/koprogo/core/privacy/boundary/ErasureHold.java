package org.koprogo.core.privacy.boundary;

/**
 * A reason the law or the co-ownership's business keeps a person's data from being erased now (an unpaid balance,
 * an assembly in session where the person takes part). {@code code} is stable, for clients (snake_case);
 * {@code detail} says what to resolve, in words free of other people's personal data.
 */
public record ErasureHold(String module, String code, String detail) {

    public ErasureHold {
        if (code == null || !code.matches("[a-z][a-z0-9_]*") || detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("An erasure hold has a snake_case code and a detail");
        }
    }
}
