package org.spinerad.dicom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A DICOMDIR (Media Storage Directory, PS3.10 8 and PS3.3 F.3): its directory
 * records in file order, each with the file it references. The record
 * hierarchy (PATIENT, STUDY, SERIES, IMAGE ...) is not needed to import, so
 * only the records' own attributes and referenced files are given.
 *
 * @param file    the DICOMDIR
 * @param records the records in use, in the order of the Directory Record Sequence
 */
public record Dicomdir(Path file, List<Record> records) {

	/**
	 * One directory record.
	 *
	 * @param type           Directory Record Type, e.g. {@code IMAGE}
	 * @param referencedFile the file it references, resolved against the
	 *                       DICOMDIR's folder, or null when it references none
	 * @param fileId         the Referenced File ID components as written
	 * @param attributes     the record's attributes
	 */
	public record Record(String type, Path referencedFile, List<String> fileId, DataSet attributes) {
	}

	/**
	 * Reads a DICOMDIR.
	 *
	 * @throws DicomException when it is malformed, is no DICOMDIR, or a
	 *                        Referenced File ID is not a relative path inside the
	 *                        DICOMDIR's folder
	 */
	public static Dicomdir read(Path file) throws IOException {
		DicomFile dicom = DicomReader.read(file);
		if (!dicom.isDicomdir()) {
			throw new DicomException("not a DICOMDIR: Media Storage SOP Class UID is " + dicom.sopClassUid()
					+ ", not " + UIDs.MEDIA_STORAGE_DIRECTORY_STORAGE, -1, Tag.describe(Tag.MediaStorageSOPClassUID));
		}
		Path folder = file.toAbsolutePath().getParent();
		List<Record> records = new ArrayList<>();
		int index = 0;
		for (DataSet item : dicom.dataSet().getSequence(Tag.DirectoryRecordSequence)) {
			index++;
			Integer inUse = item.getInt(Tag.RecordInUseFlag);
			if (inUse != null && inUse == 0) {
				continue; // inactive record (PS3.3 F.3.2.2)
			}
			String[] ids = item.getStrings(Tag.ReferencedFileID);
			Path referenced = null;
			if (ids.length > 0) {
				referenced = resolve(folder, ids, index);
			}
			records.add(new Record(item.getString(Tag.DirectoryRecordType, ""), referenced, List.of(ids), item));
		}
		return new Dicomdir(file, List.copyOf(records));
	}

	private static Path resolve(Path folder, String[] ids, int index) throws DicomException {
		Path path = folder;
		for (String id : ids) {
			if (id.isEmpty() || id.equals(".") || id.equals("..") || id.contains("/") || id.contains("\\")
					|| id.contains(":")) {
				throw new DicomException("Referenced File ID '" + String.join("\\", ids)
						+ "' of directory record " + index + " is not a relative path of plain components", -1,
						Tag.toString(Tag.DirectoryRecordSequence) + "[" + index + "]>" + Tag.describe(Tag.ReferencedFileID));
			}
			path = path.resolve(matchingCase(path, id));
		}
		return path;
	}

	/**
	 * File IDs are upper case (PS3.10 8.5) but media copied to a case-sensitive
	 * file system may have lower-case names: use the existing name when only the
	 * case differs.
	 */
	private static String matchingCase(Path folder, String id) {
		if (Files.exists(folder.resolve(id)) || !Files.isDirectory(folder)) {
			return id;
		}
		try (Stream<Path> children = Files.list(folder)) {
			return children.map(p -> p.getFileName().toString()).filter(n -> n.equalsIgnoreCase(id)).findFirst()
					.orElse(id);
		} catch (IOException e) {
			return id;
		}
	}

	/** @return the records of one type (case-insensitive), e.g. {@code IMAGE} */
	public List<Record> records(String type) {
		String t = type.toUpperCase(Locale.ROOT);
		return records.stream().filter(r -> r.type().equalsIgnoreCase(t)).toList();
	}
}
