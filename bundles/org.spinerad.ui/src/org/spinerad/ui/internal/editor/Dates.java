package org.spinerad.ui.internal.editor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Dates as the user types and reads them: a day is {@code 2024-09-12} (kept
 * as midnight UTC, as the DICOM import stores birth and surgery dates), a time
 * is {@code 2026-11-05 09:40} in the workstation's zone.
 */
final class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

	private Dates() {
	}

	static String format(Date date) {
		var utc = date.toInstant().atOffset(ZoneOffset.UTC);
		if (utc.toLocalTime().equals(LocalTime.MIDNIGHT)) {
			return DAY.format(utc.toLocalDate());
		}
		return MINUTE.format(date.toInstant().atZone(ZoneId.systemDefault()));
	}

	/** @throws IllegalArgumentException naming the expected form */
	static Date parse(String text) {
		try {
			if (text.length() <= 10) {
				return Date.from(LocalDate.parse(text, DAY).atStartOfDay(ZoneOffset.UTC).toInstant());
			}
			return Date.from(LocalDateTime.parse(text.replace('T', ' '), MINUTE).atZone(ZoneId.systemDefault()).toInstant());
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("'" + text + "' is not a date; type it as 2024-09-12 (or 2024-09-12 14:30)");
		}
	}
}
