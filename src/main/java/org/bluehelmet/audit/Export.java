package org.bluehelmet.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * Marks a request handler whose answer is an export (a file, a feed or a report a person
 * takes away): every call is audited, once per request, with who, which mission and the
 * query, whatever the URL's spelling. The handler decides, not the path's ending, because
 * a path can be spelt many ways ({@code incidents.cs%76} is {@code incidents.csv}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Export {

	/**
	 * Which mission an export is of, from the request's path variables; by default the
	 * {@code missionId} variable (none when absent).
	 */
	Class<? extends MissionOfPath> mission() default MissionOfPath.MissionIdVariable.class;

	/**
	 * Finds the mission of an export in its path variables. Implementations have a public
	 * constructor without arguments.
	 */
	interface MissionOfPath {

		/** The mission, or {@code null} when the export is of none. */
		String missionOf(Map<String, String> pathVariables);

		/** The {@code missionId} path variable. */
		final class MissionIdVariable implements MissionOfPath {

			@Override
			public String missionOf(Map<String, String> pathVariables) {
				return pathVariables.get("missionId");
			}

		}

	}

}
