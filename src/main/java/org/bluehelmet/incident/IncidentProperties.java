package org.bluehelmet.incident;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the incident feature, under {@code bluehelmet.incident}.
 *
 * @param duplicateRadiusKm two reports of different sources on the same day and of the
 * same category this close are flagged as suspected duplicates
 * @param importBatchSize rows written to the database per JDBC batch during imports
 * @param maxPageSize the largest page the incident list serves
 * @param casualtiesToConfirm an incident reporting more killed or wounded than this (in
 * any one count) is logged only when the reporter confirms it: a typing error is likelier
 * than such an event, yet such events happen
 * @param maxCasualties no incident reports more killed or wounded than this in one count:
 * beyond any recorded event, refused outright
 */
@Validated
@ConfigurationProperties("bluehelmet.incident")
record IncidentProperties(@Positive double duplicateRadiusKm, @Min(1) @Max(100_000) int importBatchSize,
		@Min(1) @Max(100_000) int maxPageSize, @Positive int casualtiesToConfirm, @Positive int maxCasualties) {
}
