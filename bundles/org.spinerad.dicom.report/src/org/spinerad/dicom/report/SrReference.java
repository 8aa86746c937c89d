package org.spinerad.dicom.report;

import java.io.IOException;
import java.nio.file.Path;

import org.spinerad.dicom.DataSet;
import org.spinerad.dicom.DicomReader;
import org.spinerad.dicom.Tag;

/**
 * An SR document sent before, which a later SR of the same report (the
 * final after the preliminary, an amended one after the final) names as its
 * predecessor.
 *
 * @param studyInstanceUid  Study Instance UID of the earlier SR
 * @param seriesInstanceUid its Series Instance UID
 * @param sopClassUid       its SOP Class UID
 * @param sopInstanceUid    its SOP Instance UID
 */
public record SrReference(String studyInstanceUid, String seriesInstanceUid, String sopClassUid,
		String sopInstanceUid) {

	/** @return the reference to an SR data set */
	public static SrReference of(DataSet sr) {
		return new SrReference(sr.getString(Tag.StudyInstanceUID), sr.getString(Tag.SeriesInstanceUID),
				sr.getString(Tag.SOPClassUID), sr.getString(Tag.SOPInstanceUID));
	}

	/**
	 * @return the reference to an SR Part 10 file
	 * @throws IOException when the file cannot be read as DICOM
	 */
	public static SrReference read(Path file) throws IOException {
		return of(DicomReader.read(file).dataSet());
	}
}
