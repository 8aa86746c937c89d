package org.spinerad.dicom;

import java.nio.charset.StandardCharsets;

/** Splits and encodes the text values of a {@link DataSet} (PS3.5 6.2). */
final class TextValues {

	private TextValues() {
	}

	/**
	 * @return the values of decoded text: split at backslashes, except for LT,
	 *         ST, UT and UR, each trimmed as PS3.5 6.2 allows
	 */
	static String[] split(VR vr, String text) {
		if (vr.isSingleValuedText()) {
			return new String[] { stripTrailing(text) };
		}
		String[] values = text.split("\\\\", -1);
		for (int i = 0; i < values.length; i++) {
			values[i] = values[i].strip();
			int nul = values[i].indexOf('\0');
			if (nul >= 0) {
				values[i] = values[i].substring(0, nul).strip();
			}
		}
		return values;
	}

	private static String stripTrailing(String s) {
		int end = s.length();
		while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
			end--;
		}
		return s.substring(0, end);
	}

	/**
	 * @return the text in US-ASCII
	 * @throws IllegalArgumentException when it has characters outside the
	 *                                  default repertoire
	 */
	static byte[] ascii(int tag, String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 0x7E) {
				throw new IllegalArgumentException(Tag.describe(tag)
						+ ": only the default repertoire is allowed in this VR, found '" + text.charAt(i) + "'");
			}
		}
		return text.getBytes(StandardCharsets.US_ASCII);
	}
}
