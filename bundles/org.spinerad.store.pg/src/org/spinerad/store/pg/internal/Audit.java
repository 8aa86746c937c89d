package org.spinerad.store.pg.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.spinerad.store.Actor;
import org.spinerad.store.AuditEntry;

/** Rows of the {@code audit} table: who did what to which report, from where; written in the caller's transaction. */
final class Audit {

	private Audit() {
	}

	static void record(Connection c, String reportId, String action, Actor actor, String detail) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(
				"INSERT INTO audit (report_id, action, actor, workstation, detail) VALUES (?, ?, ?, ?, ?)")) {
			s.setString(1, reportId);
			s.setString(2, action);
			s.setString(3, actor.user());
			s.setString(4, actor.workstation());
			s.setString(5, detail);
			s.executeUpdate();
		}
	}

	static List<AuditEntry> trail(Connection c, String reportId) throws SQLException {
		List<AuditEntry> result = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("SELECT at, action, actor, workstation, detail FROM audit"
				+ " WHERE report_id = ? ORDER BY id")) {
			s.setString(1, reportId);
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					result.add(new AuditEntry(r.getTimestamp(1).toInstant(), reportId, r.getString(2),
							new Actor(r.getString(3), r.getString(4)), r.getString(5)));
				}
			}
		}
		return result;
	}
}
