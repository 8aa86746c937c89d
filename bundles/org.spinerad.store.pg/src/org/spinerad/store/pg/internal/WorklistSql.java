package org.spinerad.store.pg.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.spinerad.model.ReportStatus;
import org.spinerad.store.WorklistQuery;

/** One worklist page as one indexed query: filter by state and accession prefix, sort, offset, limit. */
final class WorklistSql {

	private WorklistSql() {
	}

	static String select(WorklistQuery q) {
		StringBuilder sql = new StringBuilder("SELECT " + Rows.SUMMARY_COLUMNS + " FROM report WHERE true");
		if (!q.statuses().isEmpty()) {
			sql.append(" AND status = ANY (?)");
		}
		if (!q.accessionPrefix().isEmpty()) {
			sql.append(" AND accession LIKE ?");
		}
		sql.append(q.sort() == WorklistQuery.Sort.STUDY_ASC ? " ORDER BY study_at ASC NULLS FIRST, id"
				: " ORDER BY modified_at DESC NULLS LAST, id");
		return sql.append(" OFFSET ? LIMIT ?").toString();
	}

	static void bind(PreparedStatement s, WorklistQuery q) throws SQLException {
		int i = 1;
		if (!q.statuses().isEmpty()) {
			s.setArray(i++, s.getConnection().createArrayOf("text",
					q.statuses().stream().map(ReportStatus::getLiteral).sorted().toArray()));
		}
		if (!q.accessionPrefix().isEmpty()) {
			s.setString(i++, q.accessionPrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		s.setInt(i++, q.offset());
		s.setInt(i, q.limit());
	}
}
