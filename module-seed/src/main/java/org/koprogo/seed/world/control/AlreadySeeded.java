package org.koprogo.seed.world.control;

import org.koprogo.core.refusal.boundary.RuleViolation;

/** A seeding refused because data of its kind is there (409); start-up seeding keeps that data and goes on. */
public class AlreadySeeded extends RuleViolation {

    public AlreadySeeded(String detail) {
        super(detail);
    }
}
