package org.bluehelmet.system;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One value a person chose (a mission, a language), kept with their account in a table of
 * its own: {@code (username PRIMARY KEY REFERENCES account, <column>)}. The table and
 * column are the caller's constants, never input.
 */
public final class PerAccountValue {

	private static final Pattern NAME = Pattern.compile("[a-z_]+");

	private final JdbcClient jdbc;

	private final String select;

	private final String delete;

	private final String insert;

	public PerAccountValue(JdbcClient jdbc, String table, String column) {
		if (!NAME.matcher(table).matches() || !NAME.matcher(column).matches()) {
			throw new IllegalArgumentException("not a table and column name: " + table + "." + column);
		}
		this.jdbc = jdbc;
		this.select = "SELECT " + column + " FROM " + table + " WHERE username = ?";
		this.delete = "DELETE FROM " + table + " WHERE username = ?";
		this.insert = "INSERT INTO " + table + " (username, " + column + ") VALUES (?, ?)";
	}

	public Optional<String> of(String username) {
		return jdbc.sql(select).param(username).query(String.class).optional();
	}

	/** Replaces the value; within the caller's transaction. */
	public void set(String username, String value) {
		jdbc.sql(delete).param(username).update();
		jdbc.sql(insert).params(username, value).update();
	}

}
