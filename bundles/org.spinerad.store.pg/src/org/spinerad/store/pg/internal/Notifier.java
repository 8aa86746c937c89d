package org.spinerad.store.pg.internal;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.spinerad.store.Actor;
import org.spinerad.store.StoreChange;
import org.spinerad.store.StoreException;
import org.spinerad.store.internal.Listeners;

/**
 * Live changes between workstations: every change sends a notification on the
 * channel {@value #CHANNEL} in its own transaction (delivered only when it
 * commits); one thread per store listens on a connection of its own and calls
 * the listeners. The payload holds the report id, the kind, the version and
 * who acted, never patient data. A lost connection is opened again.
 */
final class Notifier implements AutoCloseable {

	static final String CHANNEL = "spinerad_store";
	private static final System.Logger LOG = System.getLogger(Notifier.class.getName());

	private final Database db;
	private final Listeners listeners;
	private final Thread thread;
	private volatile boolean closed;

	Notifier(Database db, Listeners listeners) {
		this.db = db;
		this.listeners = listeners;
		this.thread = new Thread(this::listen, "spinerad-store-notifications");
		thread.setDaemon(true);
		thread.start();
	}

	static void announce(Connection c, String id, StoreChange.Kind kind, long version, Actor by) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT pg_notify('" + CHANNEL + "', ?)")) {
			s.setString(1, String.join("\u001f", id, kind.name(), Long.toString(version), by.user(), by.workstation()));
			s.execute();
		}
	}

	static StoreChange parse(String payload) {
		String[] f = payload.split("\u001f", -1);
		if (f.length != 5) {
			return null;
		}
		try {
			return new StoreChange(f[0], StoreChange.Kind.valueOf(f[1]), Long.parseLong(f[2]), new Actor(f[3], f[4]));
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private void listen() {
		long backoff = 500;
		while (!closed) {
			try (Connection c = db.connect()) {
				try (Statement s = c.createStatement()) {
					s.execute("LISTEN " + CHANNEL);
				}
				backoff = 500;
				PGConnection pg = c.unwrap(PGConnection.class);
				while (!closed) {
					PGNotification[] notes = pg.getNotifications(500);
					if (notes == null) {
						continue;
					}
					for (PGNotification note : notes) {
						StoreChange change = parse(note.getParameter());
						if (change != null) {
							listeners.fire(change);
						}
					}
				}
			} catch (SQLException | StoreException e) {
				if (closed) {
					return;
				}
				LOG.log(Level.WARNING, "Live worklist updates paused: " + e.getMessage() + "; retrying");
				try {
					Thread.sleep(backoff);
				} catch (InterruptedException ie) {
					Thread.currentThread().interrupt();
					return;
				}
				backoff = Math.min(backoff * 2, 30_000);
			}
		}
	}

	@Override
	public void close() {
		closed = true;
		thread.interrupt();
	}
}
