package org.bluehelmet.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets one server at a time do a piece of work when several share one PostgreSQL
 * database: a first start's (create the first account, load the demo missions: the others
 * wait, then find it done), or counting and queueing jobs against their limits. A
 * transaction-level advisory lock, released when the caller's transaction ends. On the
 * embedded database one process holds the database, so nothing to do.
 */
@Component
public class ServerLock {

	private final JdbcClient jdbc;

	private final DatabaseKind database;

	ServerLock(JdbcClient jdbc, DatabaseKind database) {
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
