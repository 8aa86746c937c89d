package org.spinerad.dicom.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A study found by an import: patient and study attributes (from its first
 * instance), contrast administration, its series and files. Dates and times
 * are as written in DICOM (local, without zone).
 *
 * @param studyInstanceUid    Study Instance UID
 * @param patientName         Patient's Name in DICOM form (FAMILY^GIVEN), or null
 * @param patientId           Patient ID, or null
 * @param birthDate           Patient's Birth Date, or null
 * @param sex                 Patient's Sex (M, F, O), or null
 * @param ageYears            Patient's Age in years, or null
 * @param weightKg            Patient's Weight, or null
 * @param accessionNumber     Accession Number, or null
 * @param studyDateTime       Study Date and Time, or null
 * @param description         Study Description, or null
 * @param referringPhysician  Referring Physician's Name, or null
 * @param institution         Institution Name, or null
 * @param clinicalIndication  the reasons for the requested procedure, for the
 *                            study or the visit and the admitting diagnoses,
 *                            joined by "; ", or null
 * @param priority            Requested Procedure Priority (STAT, HIGH, ROUTINE,
 *                            MEDIUM, LOW) or the retired Study Priority ID
 *                            (HIGH, MED, LOW), upper case, or null
 * @param contrastAgent       Contrast/Bolus Agent of the first post-contrast series, or null
 * @param contrastRoute       Contrast/Bolus Route, or null
 * @param contrastVolumeMl    Contrast/Bolus Volume in mL, or null
 * @param contrastStart       Contrast/Bolus Start Time on the date of its series, or null
 * @param series              the series, by series number
 * @param files               the imported files
 */
public record ImportedStudy(String studyInstanceUid, String patientName, String patientId, LocalDate birthDate,
		String sex, Integer ageYears, Double weightKg, String accessionNumber, LocalDateTime studyDateTime,
		String description, String referringPhysician, String institution, String clinicalIndication,
		String priority, String contrastAgent,
		String contrastRoute, Double contrastVolumeMl, LocalDateTime contrastStart, List<ImportedSeries> series,
		List<Path> files) {

	/** @return the number of instances of all series */
	public int instanceCount() {
		return series.stream().mapToInt(ImportedSeries::instances).sum();
	}

	/** @return the modalities of the series, e.g. [MR] */
	public List<String> modalities() {
		return series.stream().map(ImportedSeries::modality).filter(m -> m != null).distinct().sorted().toList();
	}
}
