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
 */
@Validated
@ConfigurationProperties("bluehelmet.incident")
public record IncidentProperties(@Positive double duplicateRadiusKm, @Min(1) @Max(100_000) int importBatchSize,
		@Min(1) @Max(100_000) int maxPageSize) {
}
