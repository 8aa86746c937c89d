package org.spinerad.store.pg.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.store.Actor;
import org.spinerad.store.Revision;

/** The statements that write reports, versions and drafts, each in the caller's transaction. */
final class Saving {

	private static final String REVISION = "version, saved_by, saved_on, saved_at";
	private static final String INSERT = "INSERT INTO report (id, status, patient_name, patient_id, accession,"
			+ " study_at, study_description, modified_at, template_id, sex, birth_date, age_years, version, body,"
			+ " saved_by, saved_on, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ";
	private static final String SET = " status = excluded.status, patient_name = excluded.patient_name,"
			+ " patient_id = excluded.patient_id, accession = excluded.accession, study_at = excluded.study_at,"
			+ " study_description = excluded.study_description, modified_at = excluded.modified_at,"
			+ " template_id = excluded.template_id, sex = excluded.sex, birth_date = excluded.birth_date,"
			+ " age_years = excluded.age_years, version = excluded.version, body = excluded.body,"
			+ " saved_by = excluded.saved_by, saved_on = excluded.saved_on, saved_at = excluded.saved_at";

	private Saving() {
	}

	/** @return the current revision, with the report's row locked until the transaction ends; null when absent */
	static Revision lockCurrent(Connection c, String id) throws SQLException {
		return revision(c, "SELECT " + REVISION + " FROM report WHERE id = ? FOR UPDATE", id);
	}

	static Revision current(Connection c, String id) throws SQLException {
		return revision(c, "SELECT " + REVISION + " FROM report WHERE id = ?", id);
	}

	private static Revision revision(Connection c, String sql, String id) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(sql)) {
			s.setString(1, id);
			try (ResultSet r = s.executeQuery()) {
				return r.next() ? Rows.revision(r, 1) : null;
			}
		}
	}

	/**
	 * Writes the next version of a report after version {@code have} (0: new).
	 *
	 * @return the new revision, or null when another workstation created the report meanwhile
	 */
	static Revision write(Connection c, Report report, byte[] body, long have, Actor actor) throws SQLException {
		String sql = INSERT + "now()) ON CONFLICT (id) DO " + (have == Revision.NEW ? "NOTHING" : "UPDATE SET" + SET)
				+ " RETURNING " + REVISION;
		Revision saved;
		try (PreparedStatement s = c.prepareStatement(sql)) {
			bind(s, report, have + 1, body, actor);
			try (ResultSet r = s.executeQuery()) {
				saved = r.next() ? Rows.revision(r, 1) : null;
			}
		}
		if (saved != null) {
			version(c, report.getId(), saved, body);
		}
		return saved;
	}

	private static void bind(PreparedStatement s, Report report, long version, byte[] body, Actor actor)
			throws SQLException {
		s.setString(1, report.getId());
		int i = Rows.bindSummary(s, 2, report);
		s.setLong(i++, version);
		s.setBytes(i++, body);
		s.setString(i++, actor.user());
		s.setString(i, actor.workstation());
	}

	private static void version(Connection c, String id, Revision revision, byte[] body) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("INSERT INTO report_version (id, version, body, saved_by,"
				+ " saved_on, saved_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id, version) DO NOTHING")) {
			s.setString(1, id);
			s.setLong(2, revision.version());
			s.setBytes(3, body);
			s.setString(4, revision.by().user());
			s.setString(5, revision.by().workstation());
			s.setTimestamp(6, Rows.time(revision.modifiedAt()));
			s.executeUpdate();
		}
	}

	/** Stores a version as it was (copy); it becomes current when it is the newest. */
	static void putRevision(Connection c, String id, Revision revision, Report report, byte[] body)
			throws SQLException {
		version(c, id, revision, body);
		String sql = INSERT + "?) ON CONFLICT (id) DO UPDATE SET" + SET + " WHERE report.version <= excluded.version";
		try (PreparedStatement s = c.prepareStatement(sql)) {
			bind(s, report, revision.version(), body, revision.by());
			s.setTimestamp(17, Rows.time(revision.modifiedAt()));
			s.executeUpdate();
		}
	}

	static void putDraft(Connection c, String id, byte[] body) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("INSERT INTO draft (id, body, saved_at) VALUES (?, ?, now())"
				+ " ON CONFLICT (id) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at")) {
			s.setString(1, id);
			s.setBytes(2, body);
			s.executeUpdate();
		}
	}

	static void deleteDraft(Connection c, String id) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("DELETE FROM draft WHERE id = ?")) {
			s.setString(1, id);
			s.executeUpdate();
		}
	}

	static void deleteAll(Connection c, String id) throws SQLException {
		for (String table : List.of("report", "report_version", "draft")) {
			try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
				s.setString(1, id);
				s.executeUpdate();
			}
		}
	}

	static List<Revision> history(Connection c, String id) throws SQLException {
		List<Revision> result = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement(
				"SELECT " + REVISION + " FROM report_version WHERE id = ? ORDER BY version")) {
			s.setString(1, id);
			try (ResultSet r = s.executeQuery()) {
				while (r.next()) {
					result.add(Rows.revision(r, 1));
				}
			}
		}
		return result;
	}

	static List<String> ids(Connection c, String sql) throws SQLException {
		List<String> result = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
			while (r.next()) {
				result.add(r.getString(1));
			}
		}
		return result;
	}

	/** @return the audit action of saving a signed report */
	static String signAction(Report report) {
		return report.getStatus() == ReportStatus.AMENDED ? "amended" : "signed";
	}
}
