package org.koprogo.meetings.deliberation.boundary;

import jakarta.validation.constraints.NotNull;

import org.koprogo.meetings.deliberation.entity.Choice;

/** A co-owner's vote: for, against or abstention. */
public record VoteRequest(@NotNull Choice choice) {

    static final String REQUIRED = "must be a JSON object with choice";
}
