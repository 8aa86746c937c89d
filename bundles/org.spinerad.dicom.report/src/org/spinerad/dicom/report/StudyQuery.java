package org.spinerad.dicom.report;

import java.time.LocalDate;

/**
 * A QIDO-RS study search (PS3.18 10.6): studies of a date range with a
 * modality.
 *
 * @param from     first study date (inclusive), or null for open
 * @param to       last study date (inclusive), or null for open
 * @param modality e.g. MR (matched against Modalities in Study), or null for any
 * @param limit    at most this many results (0 for the server's default)
 */
public record StudyQuery(LocalDate from, LocalDate to, String modality, int limit) {

	/** @return MR studies from {@code from} to {@code to}, at most 500 */
	public static StudyQuery mr(LocalDate from, LocalDate to) {
		return new StudyQuery(from, to, "MR", 500);
	}
}
