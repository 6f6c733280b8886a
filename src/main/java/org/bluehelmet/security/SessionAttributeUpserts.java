package org.bluehelmet.security;

import org.bluehelmet.system.DatabaseKind;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Sessions kept in the database add an attribute with an upsert instead of an insert: a
 * page's first requests arrive together, each may add the same attribute (the CSRF token)
 * to the same session, and a plain insert refused all but the first with a duplicate key
 * (a server error, reproduced by {@code AccountSessionsTest}). On PostgreSQL Spring
 * Session's own customizer ({@code ON CONFLICT … DO UPDATE}); on H2 the same in H2's
 * {@code MERGE … KEY}.
 */
@Component
class SessionAttributeUpserts implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

	private static final String H2_MERGE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
			""";

	private final DatabaseKind database;

	SessionAttributeUpserts(DatabaseKind database) {
		this.database = database;
	}

	@Override
	public void customize(JdbcIndexedSessionRepository repository) {
		if (database.isPostgres()) {
			new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
		}
		else {
			repository.setCreateSessionAttributeQuery(H2_MERGE);
		}
	}

}
