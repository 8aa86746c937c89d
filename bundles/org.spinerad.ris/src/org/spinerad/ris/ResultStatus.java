package org.spinerad.ris;

import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;

/** The result status of a report message (HL7 table 0123, OBR-25 and OBX-11). */
public enum ResultStatus {

	/** {@code P}: signed preliminary. */
	PRELIMINARY("P"),
	/** {@code F}: signed final. */
	FINAL("F"),
	/** {@code C}: a final report corrected by an addendum. */
	CORRECTED("C");

	private final String code;

	ResultStatus(String code) {
		this.code = code;
	}

	/** @return the HL7 code: P, F or C */
	public String code() {
		return code;
	}

	/**
	 * The status a report is sent with: preliminary as P, final as F, final with
	 * addenda (amended) as C.
	 *
	 * @throws IllegalArgumentException for a draft, which is never sent
	 */
	public static ResultStatus of(Report report) {
		ReportStatus status = report.getStatus();
		return switch (status) {
		case PRELIMINARY -> PRELIMINARY;
		case FINAL -> report.getAddenda().isEmpty() ? FINAL : CORRECTED;
		case AMENDED -> CORRECTED;
		default -> throw new IllegalArgumentException(
				"A " + status.getLiteral() + " report is not sent to the RIS; sign it preliminary or final first");
		};
	}

	/** @return the status for an HL7 code */
	public static ResultStatus ofCode(String code) {
		for (ResultStatus status : values()) {
			if (status.code.equals(code)) {
				return status;
			}
		}
		throw new IllegalArgumentException("unknown result status '" + code + "'; known: P, F, C");
	}
}
