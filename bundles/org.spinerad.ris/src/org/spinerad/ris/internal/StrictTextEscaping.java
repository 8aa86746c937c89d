package org.spinerad.ris.internal;

import ca.uhn.hl7v2.parser.DefaultEscaping;
import ca.uhn.hl7v2.parser.EncodingCharacters;
import ca.uhn.hl7v2.parser.Escaping;

/**
 * The escaping HAPI applies to every value it encodes, made strict for plain
 * text. HAPI's default leaves sequences such as {@code \.br\}, {@code \H\} or
 * {@code \X41\} in a value alone, so a backslash in report text could reach the
 * RIS as a formatting command. Here every delimiter and every escape character
 * is escaped (\F\ \S\ \T\ \R\ \E\), and line breaks and every other control
 * character (NUL, BEL, ESC, the MLLP frame bytes 0x0B and 0x1C, form feed, DEL,
 * ...) become hexadecimal escapes such as {@code \X1C\}, so no raw control byte
 * from a patient name or the report text reaches the wire; only the tab passes.
 * Values are unescaped by HAPI's default rules.
 */
final class StrictTextEscaping implements Escaping {

	private final DefaultEscaping standard = new DefaultEscaping();

	@Override
	public String escape(String text, EncodingCharacters encoding) {
		char escape = encoding.getEscapeCharacter();
		StringBuilder result = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String sequence = sequence(c, encoding);
			if (sequence != null && result == null) {
				result = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (result != null) {
				if (sequence == null) {
					result.append(c);
				} else {
					result.append(escape).append(sequence).append(escape);
				}
			}
		}
		return result == null ? text : result.toString();
	}

	private static String sequence(char c, EncodingCharacters encoding) {
		if (c == encoding.getFieldSeparator()) {
			return "F";
		} else if (c == encoding.getComponentSeparator()) {
			return "S";
		} else if (c == encoding.getSubcomponentSeparator()) {
			return "T";
		} else if (c == encoding.getRepetitionSeparator()) {
			return "R";
		} else if (c == encoding.getEscapeCharacter()) {
			return "E";
		} else if ((c < 0x20 && c != '\t') || c == 0x7F) {
			return String.format("X%02X", (int) c); // \r is X0D, \n is X0A
		}
		return null;
	}

	@Override
	public String unescape(String text, EncodingCharacters encoding) {
		return standard.unescape(text, encoding);
	}
}
