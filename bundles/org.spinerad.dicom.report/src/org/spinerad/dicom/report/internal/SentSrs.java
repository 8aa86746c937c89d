package org.spinerad.dicom.report.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import org.spinerad.dicom.report.SrReference;

/**
 * Which SR instance the PACS channel made for each signed step of a report
 * ({@code F}, {@code C1}, ...), kept durably so that sending a step again
 * makes the same instance and the SR of the next step names it as its
 * predecessor.
 */
interface SentSrs {

	/**
	 * An SR made for a step.
	 *
	 * @param sr     its UIDs
	 * @param madeAt its Instance Creation Date and Time
	 */
	record Made(SrReference sr, Instant madeAt) {
	}

	/**
	 * @return the SR first recorded for the step of the report, if any
	 * @throws IOException when the record cannot be read
	 */
	Optional<Made> find(String reportId, String step) throws IOException;

	/**
	 * Records an SR made now for a step, unless one is recorded already.
	 *
	 * @return the SR recorded for the step: this one, or the one recorded first
	 *         (another attempt of the same step won)
	 * @throws IOException when the record cannot be written
	 */
	Made record(String reportId, String step, SrReference sr) throws IOException;
}
