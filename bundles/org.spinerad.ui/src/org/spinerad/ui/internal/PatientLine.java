package org.spinerad.ui.internal;

import org.spinerad.model.Patient;
import org.spinerad.model.Report;
import org.spinerad.model.edit.Formats;

/** The line that names a report's patient at the top of every dialog about that report. */
public final class PatientLine {

	private PatientLine() {
	}

	/** @return "Patient: Moreau, Émile (ID 123)" or "Patient: unknown" */
	public static String of(Report report) {
		Patient p = report == null ? null : report.getPatient();
		return line(p == null ? null : p.getName(), p == null ? null : p.getPatientId());
	}

	/** @return the patient line of a worklist row, an empty line, then the message */
	public static String about(org.spinerad.store.ReportSummary row, String message) {
		return line(row.patientName(), row.patientId()) + "\n\n" + message;
	}

	private static String line(String dicomName, String id) {
		String name = Formats.personName(dicomName);
		return "Patient: " + (name == null || name.isBlank() ? "unknown" : name)
				+ (id == null || id.isBlank() ? "" : " (ID " + id + ")");
	}

	/** @return the patient line, an empty line, then the message */
	public static String about(Report report, String message) {
		return of(report) + "\n\n" + message;
	}
}
