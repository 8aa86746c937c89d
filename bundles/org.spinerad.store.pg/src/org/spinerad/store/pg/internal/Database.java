package org.spinerad.store.pg.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;

import org.postgresql.Driver;
import org.spinerad.store.StoreException;

/**
 * Connections to the department database: a few kept open for reuse, every
 * unit of work in its own transaction, a broken connection thrown away. The
 * URL is a JDBC URL ({@code jdbc:postgresql://host:port/db?user=...}); a
 * password may come from the URL or from {@code ~/.pgpass}.
 */
public final class Database implements AutoCloseable {

	/** One unit of work on a connection. */
	public interface Work<T> {
		T run(Connection connection) throws SQLException, StoreException;
	}

	private static final int KEEP = 8;

	private final String url;
	private final BlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
	private volatile boolean closed;

	public Database(String url) {
		this.url = url;
	}

	/** @return the URL without user name and password, for messages and logs */
	public String describe() {
		int query = url.indexOf('?');
		return query < 0 ? url : url.substring(0, query);
	}

	/** @return a new connection of its own (the caller closes it) */
	public Connection connect() throws StoreException {
		try {
			Connection c = new Driver().connect(url, new Properties());
			if (c == null) {
				throw new StoreException(describe() + " is not a PostgreSQL JDBC URL; use jdbc:postgresql://HOST:PORT/DB");
			}
			return c;
		} catch (SQLException e) {
			throw new StoreException("The department database " + describe() + " cannot be reached: "
					+ e.getMessage() + "; check the server, the network and the store setting 'url'", e);
		}
	}

	/** Runs work in one transaction: committed when it returns, rolled back when it throws. */
	public <T> T transaction(Work<T> work) throws StoreException {
		return run(work, false);
	}

	/** Runs read-only work (each statement on its own). */
	public <T> T read(Work<T> work) throws StoreException {
		return run(work, true);
	}

	private <T> T run(Work<T> work, boolean autoCommit) throws StoreException {
		Connection c = borrow();
		boolean healthy = true;
		try {
			c.setAutoCommit(autoCommit);
			T result = work.run(c);
			if (!autoCommit) {
				c.commit();
			}
			return result;
		} catch (SQLException e) {
			healthy = rollback(c) && !broken(e);
			throw new StoreException("The department database " + describe() + " refused the request: "
					+ e.getMessage(), e);
		} catch (StoreException | RuntimeException e) {
			healthy = rollback(c);
			throw e;
		} finally {
			giveBack(c, healthy);
		}
	}

	private static boolean broken(SQLException e) {
		return e.getSQLState() != null && e.getSQLState().startsWith("08");
	}

	private static boolean rollback(Connection c) {
		try {
			if (!c.getAutoCommit()) {
				c.rollback();
			}
			return true;
		} catch (SQLException e) {
			return false;
		}
	}

	private Connection borrow() throws StoreException {
		if (closed) {
			throw new StoreException("The department store was closed");
		}
		Connection c = idle.pollFirst();
		return c != null ? c : connect();
	}

	private void giveBack(Connection c, boolean healthy) {
		if (healthy && !closed && idle.size() < KEEP) {
			idle.offerFirst(c);
			return;
		}
		quietlyClose(c);
	}

	static void quietlyClose(Connection c) {
		try {
			c.close();
		} catch (SQLException e) {
			// already gone
		}
	}

	@Override
	public void close() {
		closed = true;
		Connection c;
		while ((c = idle.pollFirst()) != null) {
			quietlyClose(c);
		}
	}
}
