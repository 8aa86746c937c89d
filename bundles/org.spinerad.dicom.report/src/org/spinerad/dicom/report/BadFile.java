package org.spinerad.dicom.report;

import java.nio.file.Path;

/**
 * A file that was not imported, and why (the codec's message names offset and
 * tag for malformed files).
 *
 * @param file   the file
 * @param reason one line: what is wrong; control characters (which a message
 *               may quote from the file) are shown in caret notation, {@code ^[}
 *               for ESC, so the reason never drives a terminal
 */
public record BadFile(Path file, String reason) {

	public BadFile {
		reason = printable(reason);
	}

	/**
	 * @return the text with control characters (ESC, BEL, the MLLP frame bytes,
	 *         C1 controls) in caret notation, so text read from a file cannot
	 *         drive a terminal; "" for null
	 */
	public static String printable(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20) {
				result.append('^').append((char) (c + 0x40));
			} else if (c == 0x7F) {
				result.append("^?");
			} else if (c >= 0x80 && c <= 0x9F) {
				result.append('?');
			} else {
				result.append(c);
			}
		}
		return result.toString();
	}
}
