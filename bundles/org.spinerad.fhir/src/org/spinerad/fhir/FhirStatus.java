package org.spinerad.fhir;

import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;

/**
 * The status of a signed report in FHIR (DiagnosticReport.status and
 * Observation.status), and the same step in HL7 v2 (OBR-25) and in the DICOM SR
 * (Completion Flag, Verification Flag), so every destination shows one status.
 */
public enum FhirStatus {

	/** Signed preliminary: HL7 {@code P}; SR COMPLETE, UNVERIFIED (Preliminary Flag PRELIMINARY). */
	PRELIMINARY("preliminary", "P", "COMPLETE", "UNVERIFIED"),
	/** Signed final: HL7 {@code F}; SR COMPLETE, VERIFIED. */
	FINAL("final", "F", "COMPLETE", "VERIFIED"),
	/** A final report with addenda: HL7 {@code C}; SR COMPLETE, VERIFIED, with its predecessor. */
	AMENDED("amended", "C", "COMPLETE", "VERIFIED");

	private final String code;
	private final String hl7;
	private final String completion;
	private final String verification;

	FhirStatus(String code, String hl7, String completion, String verification) {
		this.code = code;
		this.hl7 = hl7;
		this.completion = completion;
		this.verification = verification;
	}

	/** @return the FHIR code, e.g. {@code amended} */
	public String code() {
		return code;
	}

	/** @return the HL7 v2 result status (OBR-25) of the same step: P, F or C */
	public String hl7() {
		return hl7;
	}

	/** @return the SR Completion Flag of the same step */
	public String completionFlag() {
		return completion;
	}

	/** @return the SR Verification Flag of the same step */
	public String verificationFlag() {
		return verification;
	}

	/**
	 * @return the status a report is exported with: preliminary, final, or
	 *         amended once it has addenda
	 * @throws IllegalArgumentException for a draft, which is never exported
	 */
	public static FhirStatus of(Report report) {
		ReportStatus status = report.getStatus();
		return switch (status) {
		case PRELIMINARY -> PRELIMINARY;
		case FINAL -> report.getAddenda().isEmpty() ? FINAL : AMENDED;
		case AMENDED -> AMENDED;
		default -> throw new IllegalArgumentException("A " + status.getLiteral()
				+ " report is not exported to FHIR; sign it preliminary or final first");
		};
	}
}
