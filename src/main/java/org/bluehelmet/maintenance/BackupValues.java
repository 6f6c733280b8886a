package org.bluehelmet.maintenance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * One column's value in a backup, by its SQL type: numbers and booleans as JSON's, dates,
 * times and timestamps as ISO-8601 text, everything else as text; read back to the same
 * type, so that a restore gives the database what it held.
 */
final class BackupValues {

	private BackupValues() {
	}

	static void write(JsonGenerator out, ResultSet rs, int i, int type) throws SQLException {
		Object value = switch (type) {
			// getLong and its kin, then wasNull: PostgreSQL's driver converts no int4 to
			// Long.
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> orNull(rs, rs.getLong(i));
			case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL -> orNull(rs, rs.getDouble(i));
			case Types.BOOLEAN, Types.BIT -> orNull(rs, rs.getBoolean(i));
			case Types.DATE -> rs.getObject(i, LocalDate.class);
			case Types.TIME -> rs.getObject(i, LocalTime.class);
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, OffsetDateTime.class);
			default -> rs.getString(i);
		};
		if (value == null) {
			out.writeNull();
		}
		else if (value instanceof Long number) {
			out.writeNumber(number);
		}
		else if (value instanceof Double number) {
			out.writeNumber(number);
		}
		else if (value instanceof Boolean flag) {
			out.writeBoolean(flag);
		}
		else {
			out.writeString(value.toString());
		}
	}

	static Object read(JsonParser parser, int type) {
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			return null;
		}
		return switch (type) {
			case Types.BIGINT -> parser.getLongValue();
			case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> parser.getIntValue();
			case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL -> parser.getDoubleValue();
			case Types.BOOLEAN, Types.BIT -> parser.getBooleanValue();
			case Types.DATE -> LocalDate.parse(parser.getString());
			case Types.TIME -> LocalTime.parse(parser.getString());
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> OffsetDateTime.parse(parser.getString());
			default -> parser.getString();
		};
	}

	private static Object orNull(ResultSet rs, Object value) throws SQLException {
		return rs.wasNull() ? null : value;
	}

}
