package org.bluehelmet.incident;

import java.time.LocalDate;
import java.time.LocalTime;

import org.bluehelmet.geo.Position;
import org.bluehelmet.system.InvalidInputException;
import org.bluehelmet.text.Phrase;

/**
 * An incident as reported or read from a source, before it is stored: everything but what
 * the system derives (cell, sector) and the triage state.
 *
 * @param source who reported it, e.g. "UCDP GED", "ACLED", "JOC"
 * @param sourceId the source's own id; with the source, the key that makes imports
 * idempotent
 * @param occurredOn the (first) day
 * @param occurredUntil the last day when the source gives a span, or {@code null}
 * @param occurredTime time of day (UTC) when known, or {@code null}
 * @param timePrecision how precisely the time is known
 * @param position where (for coarse precision: the centroid of the area)
 * @param positionPrecision how precisely the position is known
 * @param locationName the place as the source names it, or {@code null}
 * @param category what kind of incident
 * @param target who was hit
 * @param perpetrator who did it, or for a clash the first side, or {@code null}
 * @param otherSide the other side, or {@code null}
 * @param casualties killed and wounded
 * @param description what happened, in words
 */
public record NewIncident(String source, String sourceId, LocalDate occurredOn, LocalDate occurredUntil,
		LocalTime occurredTime, TimePrecision timePrecision, Position position, PositionPrecision positionPrecision,
		String locationName, IncidentCategory category, Target target, String perpetrator, String otherSide,
		Casualties casualties, String description, PersonalData personal) {

	public NewIncident {
		require(source, "source");
		require(sourceId, "sourceId");
		require(occurredOn, "occurredOn");
		require(timePrecision, "timePrecision");
		require(position, "position");
		require(positionPrecision, "positionPrecision");
		require(category, "category");
		require(target, "target");
		limit(source, "source", 40);
		limit(sourceId, "sourceId", 100);
		limit(locationName, "locationName", 2000);
		limit(perpetrator, "perpetrator", 1000);
		limit(otherSide, "otherSide", 1000);
		limit(description, "description", 8000);
		if (occurredUntil != null && occurredUntil.isBefore(occurredOn)) {
			throw new InvalidInputException("occurredUntil", Phrase.of("problem.incident.endsBefore", "until",
					occurredUntil.toString(), "day", occurredOn.toString()));
		}
		casualties = casualties == null ? Casualties.NONE_RECORDED : casualties;
		personal = personal == null || personal.isEmpty() ? null : personal;
	}

	/** The same report without its personal data, for those who may not see it. */
	public NewIncident withoutPersonalData() {
		return personal == null ? this
				: new NewIncident(source, sourceId, occurredOn, occurredUntil, occurredTime, timePrecision, position,
						positionPrecision, locationName, category, target, perpetrator, otherSide, casualties,
						description, null);
	}

	private static void limit(String value, String field, int maxLength) {
		if (value != null && value.length() > maxLength) {
			throw new InvalidInputException(field,
					Phrase.of("problem.tooLong", "field", field, "length", value.length(), "most", maxLength));
		}
	}

	private static void require(Object value, String field) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw new InvalidInputException(field, Phrase.of("problem.required", "field", field));
		}
	}

}
