package org.bluehelmet.system;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which database the application runs on, asked once: for the few places where the
 * embedded database and PostgreSQL are best served differently (bulk writes, planner
 * hints).
 */
@Component
public class DatabaseKind {

	private final JdbcTemplate template;

	private volatile String product;

	DatabaseKind(JdbcTemplate template) {
		this.template = template;
	}

	public boolean isPostgres() {
		return "PostgreSQL".equals(product());
	}

	public boolean isH2() {
		return "H2".equals(product());
	}

	private String product() {
		String known = product;
		if (known == null) {
			known = template
				.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
			product = known;
		}
		return known;
	}

}
