package org.spinerad.dicom;

import java.nio.file.Path;

/**
 * A DICOM Part 10 file as read: the File Meta Information (group 0002) and the
 * data set.
 *
 * @param source         the file, or null when read from memory
 * @param meta           the File Meta Information
 * @param dataSet        the data set
 * @param transferSyntax the Transfer Syntax UID of the data set
 */
public record DicomFile(Path source, DataSet meta, DataSet dataSet, String transferSyntax) {

	/** @return Media Storage SOP Class UID, else SOP Class UID, or null */
	public String sopClassUid() {
		String uid = meta.getString(Tag.MediaStorageSOPClassUID);
		return uid != null ? uid : dataSet.getString(Tag.SOPClassUID);
	}

	/** @return whether this is a DICOMDIR (Media Storage Directory Storage) */
	public boolean isDicomdir() {
		return UIDs.MEDIA_STORAGE_DIRECTORY_STORAGE.equals(sopClassUid());
	}
}
