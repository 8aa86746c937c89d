package org.spinerad.dicom;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Parses and formats the date and time values of a {@link DataSet} (DA, TM, DT). */
final class DateTimeValues {

	private DateTimeValues() {
	}

	/**
	 * @return the Date (DA) value {@code s} of element {@code e}
	 * @throws DicomValueException when it is not YYYYMMDD
	 */
	static LocalDate parseDate(int tag, String s, Element e) {
		try {
			if (s.length() == 10 && s.charAt(4) == '.') {
				s = s.replace(".", ""); // ACR-NEMA form YYYY.MM.DD, still met in old files
			}
			return LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE);
		} catch (RuntimeException ex) {
			throw new DicomValueException(Tag.describe(tag) + ": '" + s + "' is not a Date (YYYYMMDD)"
					+ DataSet.at(e), ex);
		}
	}

	/**
	 * @return the Time (TM) value {@code s}, HH[MM[SS[.F{1-6}]]], of element {@code e}
	 * @throws DicomValueException when malformed
	 */
	static LocalTime parseTime(int tag, String s, Element e) {
		try {
			return parseTime(s.replace(":", ""));
		} catch (RuntimeException ex) {
			throw new DicomValueException(Tag.describe(tag) + ": '" + s + "' is not a Time (HHMMSS.FFFFFF)"
					+ DataSet.at(e), ex);
		}
	}

	private static LocalTime parseTime(String s) {
		int hour = Integer.parseInt(s.substring(0, 2));
		int minute = s.length() >= 4 ? Integer.parseInt(s.substring(2, 4)) : 0;
		int second = s.length() >= 6 ? Integer.parseInt(s.substring(4, 6)) : 0;
		int nanos = 0;
		if (s.length() > 6) {
			if (s.charAt(6) != '.' || s.length() > 13 || s.length() == 7) {
				throw new IllegalArgumentException(s);
			}
			String fraction = (s.substring(7) + "000000").substring(0, 6);
			nanos = Integer.parseInt(fraction) * 1000;
		} else if (s.length() != 2 && s.length() != 4 && s.length() != 6) {
			throw new IllegalArgumentException(s);
		}
		return LocalTime.of(hour, minute, second == 60 ? 59 : second, nanos);
	}

	/** @return the DA value YYYYMMDD */
	static String formatDate(LocalDate date) {
		return date.format(DateTimeFormatter.BASIC_ISO_DATE);
	}

	/** @return the TM value HHMMSS (with fractions when the time has them) */
	static String formatTime(LocalTime time) {
		String s = String.format(Locale.ROOT, "%02d%02d%02d", time.getHour(), time.getMinute(), time.getSecond());
		if (time.getNano() != 0) {
			s += String.format(Locale.ROOT, ".%06d", time.getNano() / 1000);
		}
		return s;
	}

	/** @return the DT value YYYYMMDDHHMMSS&amp;ZZXX with the offset of the date-time */
	static String formatDateTime(OffsetDateTime dateTime) {
		return dateTime.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmssxx", Locale.ROOT));
	}
}
