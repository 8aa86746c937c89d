package org.spinerad.ui.internal.dialogs;

import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.TemplateProvider;

/** New reports: every region starts normal with the template's normal statement, so only exceptions are edited. */
public final class NewReports {

	private NewReports() {
	}

	/** Fills a draft with the patient and study context of a study found in the PACS. */
	public static void fill(Report report, org.spinerad.dicom.report.WorklistStudy study) {
		report.getPatient().setName(study.patientName());
		report.getPatient().setPatientId(study.patientId());
		if (study.birthDate() != null) {
			report.getPatient().setBirthDate(java.util.Date.from(study.birthDate().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
		}
		if (study.sex() != null) {
			report.getPatient().setSex(switch (study.sex()) {
			case "F" -> org.spinerad.model.Sex.FEMALE;
			case "M" -> org.spinerad.model.Sex.MALE;
			case "O" -> org.spinerad.model.Sex.OTHER;
			default -> org.spinerad.model.Sex.UNKNOWN;
			});
		}
		report.getStudy().setStudyInstanceUid(study.studyInstanceUid());
		report.getStudy().setAccessionNumber(study.accessionNumber());
		report.getStudy().setStudyDescription(study.description());
		report.getStudy().setReferringPhysician(study.referringPhysician());
		if (study.studyDate() != null) {
			java.time.LocalTime time = study.studyTime() != null ? study.studyTime() : java.time.LocalTime.NOON;
			report.getStudy().setStudyDateTime(java.util.Date.from(study.studyDate().atTime(time)
					.atZone(java.time.ZoneId.systemDefault()).toInstant()));
		}
	}

	/** @return a new draft of a template, all regions normal */
	public static Report create(TemplateProvider template, String author) {
		Report report = Reports.newDraft(author);
		report.setTemplateId(template.id());
		report.setTemplateVersion(template.version());
		for (Region region : report.getRegions()) {
			template.form().region(region.getKind()).ifPresent(form -> {
				region.setNormal(true);
				region.setStatement(form.normalStatement());
			});
		}
		return report;
	}
}
