package org.spinerad.dicom;

import java.io.IOException;

/**
 * Malformed or unsupported DICOM input. The message names what is wrong, the
 * byte offset in the file (or stream) and the tag path where it was found,
 * e.g. {@code "value length 4294967040 of (0010,0010) PatientName exceeds the
 * 18 bytes left in the file (at offset 332, tag (0010,0010))"}.
 */
public class DicomException extends IOException {

	private static final long serialVersionUID = 1L;

	private final long offset;
	private final String tagPath;

	/**
	 * @param problem what is wrong
	 * @param offset  byte offset where it was found, or -1
	 * @param tagPath tag path such as {@code (0040,A730)[2]>(0040,A160)}, or
	 *                null
	 */
	public DicomException(String problem, long offset, String tagPath) {
		super(problem + where(offset, tagPath));
		this.offset = offset;
		this.tagPath = tagPath;
	}

	private static String where(long offset, String tagPath) {
		if (offset < 0 && tagPath == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(" (");
		if (offset >= 0) {
			b.append("at offset ").append(offset);
		}
		if (tagPath != null) {
			b.append(offset >= 0 ? ", " : "").append("tag ").append(tagPath);
		}
		return b.append(')').toString();
	}

	/** @return the byte offset of the problem, or -1 when unknown */
	public long offset() {
		return offset;
	}

	/** @return the tag path of the problem, or null when not in an element */
	public String tagPath() {
		return tagPath;
	}
}
