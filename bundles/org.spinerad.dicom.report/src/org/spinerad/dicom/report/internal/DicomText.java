package org.spinerad.dicom.report.internal;

import org.spinerad.dicom.DataSet;
import org.spinerad.dicom.VR;

/**
 * The one place where text enters a DICOM data set written by this bundle
 * ({@link #set}, {@link #personName}, {@link #multiline}).
 * DICOM forbids control characters in its text value representations, except
 * CR, LF, TAB and FF in the multi-line ones (UT, LT, ST), and ESC only for ISO
 * 2022 code extensions, which UTF-8 (ISO_IR 192) does not use. Every other
 * control character (NUL, BEL, ESC, VT, the file separator 0x1C, DEL, the C1
 * controls) is replaced by U+FFFD and counted, so the caller can say so.
 * Not thread-safe: one instance per data set being written.
 */
public final class DicomText {

	/** What replaces a forbidden control character. */
	public static final char REPLACEMENT = '\uFFFD';

	private int replaced;

	/** Sets a single-line text value cut to the VR's maximum length, or empty (Type 2) when blank. */
	public void set(DataSet ds, int tag, VR vr, String value, int max) {
		if (value == null || value.isBlank()) {
			ds.setEmpty(tag, vr);
			return;
		}
		String v = line(value);
		ds.setString(tag, vr, v.length() > max ? v.substring(0, max) : v);
	}

	/**
	 * Sets a Person Name: kept as given when it is already in DICOM form
	 * (FAMILY^GIVEN), else the whole text as the family name component; at most
	 * 64 characters, no backslash, empty when blank.
	 */
	public void personName(DataSet ds, int tag, String name) {
		set(ds, tag, VR.PN, name, 64);
	}

	/**
	 * @return a single-line value (SH, LO, PN): stripped, line breaks and tabs as
	 *         one space, backslash (the value separator) as slash, other control
	 *         characters replaced
	 */
	public String line(String value) {
		String v = value.strip().replace('\\', '/').replaceAll("[\\r\\n\\t]+", " ");
		return replaceControls(v, false);
	}

	/** @return a multi-line value (UT): CR, LF, TAB and FF kept, other control characters replaced */
	public String multiline(String value) {
		return replaceControls(value, true);
	}

	private String replaceControls(String value, boolean multiline) {
		StringBuilder result = null;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean forbidden = isControl(c) && !(multiline && (c == '\r' || c == '\n' || c == '\t' || c == '\f'));
			if (forbidden && result == null) {
				result = new StringBuilder(value.length()).append(value, 0, i);
			}
			if (result != null) {
				result.append(forbidden ? REPLACEMENT : c);
			}
			if (forbidden) {
				replaced++;
			}
		}
		return result == null ? value : result.toString();
	}

	private static boolean isControl(char c) {
		return c < 0x20 || (c >= 0x7F && c <= 0x9F);
	}

	/** @return how many control characters were replaced so far */
	public int replaced() {
		return replaced;
	}

	/** @return the note for the user when characters were replaced, else null (never names the text) */
	public String note() {
		return replaced == 0 ? null
				: replaced + " control character(s) (such as NUL, BEL or ESC) in the patient or report text are"
						+ " not allowed in DICOM text; each was replaced by U+FFFD in the SR";
	}
}
