package org.spinerad.dicom.report;

import java.util.List;

/**
 * The answer to a STOW-RS request (PS3.18 10.5).
 *
 * @param httpStatus 200 all stored, 202 some failed or warnings, 409 none
 *                   stored, other codes errors
 * @param stored     SOP Instance UIDs the PACS stored (Referenced SOP Sequence)
 * @param failed     failures: SOP Instance UID and Failure Reason (Failed SOP Sequence)
 * @param message    one line for the user
 */
public record StowResult(int httpStatus, List<String> stored, List<String> failed, String message) {

	/** @return true when the PACS answered 200 and stored every instance sent */
	public boolean success() {
		return httpStatus == 200 && failed.isEmpty();
	}
}
