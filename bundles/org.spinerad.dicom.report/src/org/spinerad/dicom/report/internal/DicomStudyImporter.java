package org.spinerad.dicom.report.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

import org.spinerad.dicom.report.ImportResult;
import org.spinerad.dicom.report.ImportedStudy;
import org.spinerad.dicom.report.StudyImporter;
import org.spinerad.model.Report;

/** The {@link StudyImporter}: {@link StudyScanner} to find the studies, {@link ReportFiller} to fill a report. */
public final class DicomStudyImporter implements StudyImporter {

	private final ZoneId zone;

	/** @param zone the zone of the DICOM dates and times (they have none) */
	public DicomStudyImporter(ZoneId zone) {
		this.zone = Objects.requireNonNull(zone);
	}

	@Override
	public ImportResult importFrom(Path path) throws IOException {
		return new StudyScanner().scan(path);
	}

	@Override
	public void fill(Report report, ImportedStudy study) {
		new ReportFiller(zone).fill(report, study);
	}
}
