package org.bluehelmet.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets one server at a time do a first start's work (create the first account, load the
 * demo missions) when several start together on one PostgreSQL database: the others wait,
 * then find it done. A transaction-level advisory lock, released when the caller's
 * transaction ends. On the embedded database one process holds the database, so nothing
 * to do.
 */
@Component
public class StartupLock {

	private final JdbcClient jdbc;

	private final DatabaseKind database;

	StartupLock(JdbcClient jdbc, DatabaseKind database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	/**
	 * Waits until no other server does {@code task}; the caller's transaction holds it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void hold(String task) {
		if (database.isPostgres()) {
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("bluehelmet:" + task).query().singleValue();
		}
	}

}
