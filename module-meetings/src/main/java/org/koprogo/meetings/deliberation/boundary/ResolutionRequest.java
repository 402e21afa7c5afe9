package org.koprogo.meetings.deliberation.boundary;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.koprogo.meetings.deliberation.entity.Majority;

/** A resolution put on one item of the agenda (its index, from 0), with the majority it needs. */
public record ResolutionRequest(@NotNull @Min(0) Integer agendaItem, @NotBlank @Size(max = 255) String title,
                                @NotNull Majority majority) {

    static final String REQUIRED = "must be a JSON object with agenda_item, title and majority";
}
