package org.spinerad.ui.internal.editor;

import org.spinerad.model.Report;
import org.spinerad.model.edit.Vocabulary;

/** The context line above the form. */
public final class ContextHeader {

	private ContextHeader() {
	}

	/** @return the context line: priority, patient, accession, exam, contrast, template */
	public static String header(Report report, String template) {
		StringBuilder text = new StringBuilder();
		var p = report.getPatient();
		var s = report.getStudy();
		var e = report.getExam();
		if (s != null && s.isSetPriority()) {
			text.append(Vocabulary.label(s.getPriority()).toUpperCase(java.util.Locale.ROOT)).append("  ");
		}
		String name = p == null ? null : org.spinerad.model.edit.Formats.personName(p.getName());
		text.append(name == null ? "Unknown patient" : name);
		if (p != null && p.getPatientId() != null) {
			text.append("  ID ").append(p.getPatientId());
		}
		if (p != null && p.getAgeYears() != null) {
			text.append("  ").append(p.getAgeYears()).append(" y");
		}
		if (s != null && s.getAccessionNumber() != null) {
			text.append("  |  Acc ").append(s.getAccessionNumber());
		}
		if (e != null && e.isSetRegionImaged()) {
			text.append("  |  MRI ").append(Vocabulary.label(e.getRegionImaged()));
			if (e.getFieldStrengthTesla() != null) {
				text.append(' ').append(e.getFieldStrengthTesla()).append(" T");
			}
		}
		if (e != null && e.getContrast() != null && e.getContrast().isSetAgent()) {
			var c = e.getContrast();
			text.append("  |  ").append(Vocabulary.label(c.getAgent()));
			if (c.getVolumeMl() != null) {
				text.append(' ').append(c.getVolumeMl()).append(" mL");
			}
		}
		text.append("  |  Template: ").append(template);
		return text.toString();
	}
}
