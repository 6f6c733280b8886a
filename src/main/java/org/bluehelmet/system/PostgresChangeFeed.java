package org.bluehelmet.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens, on a connection of its own, for the changes other servers on the same
 * PostgreSQL database announce ({@link DataChanges}), and passes them on to this server's
 * caches. After the connection is lost it connects again (every second until it can) and
 * then forgets everything, since notifications sent meanwhile are not replayed (so also
 * when it first listens). Only in a server on PostgreSQL: commands end before another
 * server's change would matter.
 */
@Component
@ConditionalOnWebApplication
class PostgresChangeFeed implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PostgresChangeFeed.class);

	/** How long one wait for notifications lasts, so that stopping is noticed. */
	private static final int WAIT_MILLIS = 500;

	private final DataSource dataSource;

	private final DatabaseKind database;

	private final DataChanges changes;

	private volatile Thread listener;

	PostgresChangeFeed(DataSource dataSource, DatabaseKind database, DataChanges changes) {
		this.dataSource = dataSource;
		this.database = database;
		this.changes = changes;
	}

	@Override
	public void start() {
		if (!database.isPostgres()) {
			return;
		}
		Thread thread = new Thread(this::listen, "change-feed");
		thread.setDaemon(true);
		listener = thread;
		thread.start();
	}

	@Override
	public void stop() {
		Thread thread = listener;
		listener = null;
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return listener != null;
	}

	private void listen() {
		while (listener == Thread.currentThread()) {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + DataChanges.CHANNEL);
				}
				// What was kept before now may have missed a notification.
				changes.forgetEverything();
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (listener == Thread.currentThread()) {
					PGNotification[] received = postgres.getNotifications(WAIT_MILLIS);
					if (received != null) {
						for (PGNotification notification : received) {
							changes.received(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (listener != Thread.currentThread()) {
					return;
				}
				log.warn("Lost the connection that listens for other servers' changes; trying again in 1 s: {}",
						ex.getMessage());
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException stopped) {
					return;
				}
			}
		}
	}

}
