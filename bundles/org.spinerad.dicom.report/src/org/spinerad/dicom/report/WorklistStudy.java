package org.spinerad.dicom.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A study found by a QIDO-RS search, for the worklist.
 *
 * @param studyInstanceUid   Study Instance UID
 * @param patientName        Patient's Name (alphabetic group, FAMILY^GIVEN), or null
 * @param patientId          Patient ID, or null
 * @param birthDate          Patient's Birth Date, or null
 * @param sex                Patient's Sex, or null
 * @param studyDate          Study Date, or null
 * @param studyTime          Study Time, or null
 * @param accessionNumber    Accession Number, or null
 * @param description        Study Description, or null
 * @param referringPhysician Referring Physician's Name, or null
 * @param modalities         Modalities in Study
 * @param seriesCount        Number of Study Related Series, or null
 * @param instanceCount      Number of Study Related Instances, or null
 * @param retrieveUrl        Retrieve URL of the study, or null
 */
public record WorklistStudy(String studyInstanceUid, String patientName, String patientId, LocalDate birthDate,
		String sex, LocalDate studyDate, LocalTime studyTime, String accessionNumber, String description,
		String referringPhysician, List<String> modalities, Integer seriesCount, Integer instanceCount,
		String retrieveUrl) {
}
