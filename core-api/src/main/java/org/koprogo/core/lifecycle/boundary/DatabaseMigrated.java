package org.koprogo.core.lifecycle.boundary;

/**
 * Fired once at start-up after every enabled module's changesets are applied and before the first request:
 * the moment for a module to check or prepare its data (e.g. the superadmin bootstrap).
 */
public record DatabaseMigrated() {
}
