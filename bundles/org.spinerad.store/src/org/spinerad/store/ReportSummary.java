package org.spinerad.store;

import java.util.Date;

import org.spinerad.model.ReportStatus;

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
 */
public record ReportSummary(String id, ReportStatus status, String patientName, String patientId,
		String accessionNumber, Date studyDateTime, String studyDescription, Date modifiedAt, String templateId) {
}
