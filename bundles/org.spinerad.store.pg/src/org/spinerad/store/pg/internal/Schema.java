package org.spinerad.store.pg.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.spinerad.store.StoreException;

/**
 * Brings the database schema up to date at start: the scripts
 * {@code sql/V1.sql}, {@code V2.sql}, ... of this bundle, each applied once in
 * its own transaction and recorded in {@code schema_version}. An advisory lock
 * keeps two workstations that start together from applying a script twice.
 */
final class Schema {

	private static final long LOCK = 0x5350494e45524144L; // "SPINERAD"

	private Schema() {
	}

	/** @return the schema version now in the database */
	static int migrate(Database db) throws StoreException {
		return db.transaction(c -> {
			try (Statement s = c.createStatement()) {
				s.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
				s.execute("CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY,"
						+ " applied_at timestamptz NOT NULL DEFAULT now())");
			}
			int current = current(c);
			for (int v = current + 1;; v++) {
				String script = script(v);
				if (script == null) {
					return v - 1;
				}
				try (Statement s = c.createStatement()) {
					s.execute(script);
					s.execute("INSERT INTO schema_version (version) VALUES (" + v + ")");
				}
			}
		});
	}

	private static int current(Connection c) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT coalesce(max(version), 0) FROM schema_version");
				ResultSet r = s.executeQuery()) {
			r.next();
			return r.getInt(1);
		}
	}

	private static String script(int version) throws StoreException {
		try (InputStream in = Schema.class.getResourceAsStream("/sql/V" + version + ".sql")) {
			return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new StoreException("Schema script V" + version + " of the department store cannot be read: "
					+ e.getMessage(), e);
		}
	}
}
