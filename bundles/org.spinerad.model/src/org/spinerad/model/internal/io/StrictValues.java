package org.spinerad.model.internal.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict checks of the values a report file holds as text: dates must be real
 * calendar dates (no 2026-13-45 rolled over into 2027) and numbers finite.
 */
public final class StrictValues {

	/** Date, optionally with time, fraction of seconds and offset, as ISO 8601 writes them. */
	private static final Pattern ISO_DATE = Pattern.compile(
			"(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?(Z|[+-](\\d{2}):?(\\d{2}))?)?");

	/** How to write a time, for messages. */
	public static final String DATE_HINT = "write it as ISO 8601, e.g. \"2026-11-20T09:30:00.000+00:00\"";

	private StrictValues() {
	}

	/** @return null when the text is a valid date or date and time, else what is wrong with it */
	public static String dateProblem(String text) {
		Matcher m = ISO_DATE.matcher(text);
		if (!m.matches()) {
			return "'" + clip(text) + "' is not an ISO 8601 date and time";
		}
		try {
			LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
			if (m.group(4) != null) {
				LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
						m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
			}
			if (m.group(8) != null && (Integer.parseInt(m.group(8)) > 18 || Integer.parseInt(m.group(9)) > 59)) {
				return "'" + clip(text) + "' has an impossible time zone offset";
			}
		} catch (DateTimeException e) {
			return "'" + clip(text) + "' is not a real date or time (" + e.getMessage() + ")";
		}
		return null;
	}

	/** @return null when the number is finite, else what is wrong with it */
	public static String numberProblem(double value, String text) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "the number " + clip(text) + " is out of range";
		}
		return null;
	}

	/** @return the text cut to a length fit for a message */
	public static String clip(String text) {
		if (text == null) {
			return "";
		}
		String line = text.replaceAll("\\p{Cntrl}", "?");
		return line.length() > 60 ? line.substring(0, 60) + "..." : line;
	}
}
