package org.spinerad.dicom.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;

import org.spinerad.dicom.report.internal.DicomStudyImporter;
import org.spinerad.model.Report;

/**
 * Imports studies from a folder (recursively) or a DICOMDIR: reads every
 * regular file (pixel data stays on disk), groups instances by study and
 * series, and lists the files it could not use with the reason. {@link #fill}
 * then puts a study into a report: patient, study and exam (region, field
 * strength, sequences before and after contrast, contrast agent).
 */
public interface StudyImporter {

	/** @return an importer that takes DICOM dates and times as local times of the system time zone */
	static StudyImporter create() {
		return create(ZoneId.systemDefault());
	}

	/** @param zone the zone of the DICOM dates and times (they have none) */
	static StudyImporter create(ZoneId zone) {
		return new DicomStudyImporter(zone);
	}

	/**
	 * Imports a folder (every regular file below it), a DICOMDIR, or one file.
	 *
	 * @throws IOException when the path does not exist or a folder cannot be
	 *                     listed; a DICOMDIR that cannot be read
	 */
	ImportResult importFrom(Path path) throws IOException;

	/**
	 * Fills a report's patient, study and exam from an imported study. Values the
	 * study does not have leave the report's values as they are; the sequences
	 * are replaced when the study has MR series.
	 */
	void fill(Report report, ImportedStudy study);
}
