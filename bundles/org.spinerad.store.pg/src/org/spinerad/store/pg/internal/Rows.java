package org.spinerad.store.pg.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Date;

import org.spinerad.model.Patient;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.Sex;
import org.spinerad.model.Study;
import org.spinerad.store.Actor;
import org.spinerad.store.ReportSummary;
import org.spinerad.store.Revision;

/** Moves values between reports, summaries and table rows. */
final class Rows {

	/** The worklist columns of the report table, in the order {@link #summary(ResultSet)} reads them. */
	static final String SUMMARY_COLUMNS = "id, status, patient_name, patient_id, accession, study_at,"
			+ " study_description, modified_at, template_id, sex, birth_date, age_years";

	private Rows() {
	}

	/** Sets the 11 worklist values after the id, from parameter {@code first}, in SUMMARY_COLUMNS order. */
	static int bindSummary(PreparedStatement s, int first, Report report) throws SQLException {
		Patient p = report.getPatient();
		Study st = report.getStudy();
		int i = first;
		s.setString(i++, report.getStatus().getLiteral());
		s.setString(i++, p == null ? null : p.getName());
		s.setString(i++, p == null ? null : p.getPatientId());
		s.setString(i++, st == null ? null : st.getAccessionNumber());
		s.setTimestamp(i++, time(st == null ? null : st.getStudyDateTime()));
		s.setString(i++, st == null ? null : st.getStudyDescription());
		s.setTimestamp(i++, time(report.getModifiedAt()));
		s.setString(i++, report.getTemplateId());
		s.setString(i++, p == null || p.getSex() == null ? null : p.getSex().getLiteral());
		s.setTimestamp(i++, time(p == null ? null : p.getBirthDate()));
		if (p == null || p.getAgeYears() == null) {
			s.setNull(i++, Types.INTEGER);
		} else {
			s.setInt(i++, p.getAgeYears());
		}
		return i;
	}

	static ReportSummary summary(ResultSet r) throws SQLException {
		int age = r.getInt(12);
		Integer ageYears = r.wasNull() ? null : age;
		String sex = r.getString(10);
		ReportStatus status = ReportStatus.get(r.getString(2));
		return new ReportSummary(r.getString(1), status == null ? ReportStatus.DRAFT : status, r.getString(3),
				r.getString(4), r.getString(5), date(r.getTimestamp(6)), r.getString(7), date(r.getTimestamp(8)),
				r.getString(9), sex == null ? null : Sex.get(sex), date(r.getTimestamp(11)), ageYears);
	}

	/** @return a summary of a report in memory (drafts) */
	static ReportSummary summary(Report report) {
		Patient p = report.getPatient();
		Study st = report.getStudy();
		return new ReportSummary(report.getId(), report.getStatus(), p == null ? null : p.getName(),
				p == null ? null : p.getPatientId(), st == null ? null : st.getAccessionNumber(),
				st == null ? null : st.getStudyDateTime(), st == null ? null : st.getStudyDescription(),
				report.getModifiedAt(), report.getTemplateId(), p == null ? null : p.getSex(),
				p == null ? null : p.getBirthDate(), p == null ? null : p.getAgeYears());
	}

	/** @return the revision in columns version, saved_by, saved_on, saved_at starting at {@code first} */
	static Revision revision(ResultSet r, int first) throws SQLException {
		return new Revision(r.getLong(first), new Actor(r.getString(first + 1), r.getString(first + 2)),
				r.getTimestamp(first + 3).toInstant());
	}

	static Timestamp time(Date date) {
		return date == null ? null : new Timestamp(date.getTime());
	}

	static Timestamp time(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static Date date(Timestamp t) {
		return t == null ? null : new Date(t.getTime());
	}
}
