package org.spinerad.store;

import java.util.Date;

import org.spinerad.model.ReportStatus;
import org.spinerad.model.Sex;
import org.spinerad.model.StudyPriority;

/**
 * What the worklist shows of a stored report, read without loading it whole.
 *
 * @param id               report id
 * @param status           lifecycle status
 * @param patientName      patient name (DICOM order)
 * @param patientId        patient id
 * @param accessionNumber  accession number
 * @param studyDateTime    study date and time, may be null
 * @param studyDescription study description
 * @param modifiedAt       last change, may be null
 * @param templateId       template used, may be null
 * @param patientSex       administrative sex, may be null when not recorded
 * @param patientBirthDate birth date, may be null
 * @param patientAgeYears  age in years as recorded, may be null
 * @param priority         priority of the order, null when the order gives none
 */
public record ReportSummary(String id, ReportStatus status, String patientName, String patientId,
		String accessionNumber, Date studyDateTime, String studyDescription, Date modifiedAt, String templateId,
		Sex patientSex, Date patientBirthDate, Integer patientAgeYears, StudyPriority priority) {

	/** A summary without the priority of the order. */
	public ReportSummary(String id, ReportStatus status, String patientName, String patientId, String accessionNumber,
			Date studyDateTime, String studyDescription, Date modifiedAt, String templateId, Sex patientSex,
			Date patientBirthDate, Integer patientAgeYears) {
		this(id, status, patientName, patientId, accessionNumber, studyDateTime, studyDescription, modifiedAt,
				templateId, patientSex, patientBirthDate, patientAgeYears, null);
	}

	/** A summary without the patient's sex, birth date and age. */
	public ReportSummary(String id, ReportStatus status, String patientName, String patientId, String accessionNumber,
			Date studyDateTime, String studyDescription, Date modifiedAt, String templateId) {
		this(id, status, patientName, patientId, accessionNumber, studyDateTime, studyDescription, modifiedAt,
				templateId, null, null, null, null);
	}
}
