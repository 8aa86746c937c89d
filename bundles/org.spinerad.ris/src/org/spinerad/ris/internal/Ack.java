package org.spinerad.ris.internal;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;

/**
 * An acknowledgement of the RIS, read with HAPI.
 *
 * @param code      MSA-1: AA (accepted), AE (error), AR (rejected); in enhanced mode CA, CE, CR
 * @param controlId MSA-2: the control id of the acknowledged message
 * @param reason    the RIS's text: MSA-3, else ERR-8, else the text of ERR-3; null when none
 * @param raw       the acknowledgement as received
 */
public record Ack(String code, String controlId, String reason, String raw) {

	/** @return whether the RIS accepted the message (AA, or CA in enhanced mode) */
	public boolean accepted() {
		return "AA".equals(code) || "CA".equals(code);
	}

	/** @return whether the RIS refused the message (AE, AR, CE, CR) */
	public boolean rejected() {
		return "AE".equals(code) || "AR".equals(code) || "CE".equals(code) || "CR".equals(code);
	}

	/** @return the reason for display, never null */
	public String describeReason() {
		return reason == null || reason.isBlank() ? "the RIS gave no reason" : reason;
	}

	/**
	 * Reads an acknowledgement of any HL7 v2 version.
	 *
	 * @throws HL7Exception when it is no HL7 message or has no MSA segment
	 */
	public static Ack parse(String text) throws HL7Exception {
		PipeParser parser = Hl7.lenient().getPipeParser();
		Message message;
		synchronized (parser) {
			message = parser.parse(text);
		}
		Terser terser = new Terser(message);
		String code = terser.get("/MSA-1");
		if (code == null || code.isBlank()) {
			throw new HL7Exception("the acknowledgement has no MSA-1 code");
		}
		String reason = firstNonBlank(terser, "/MSA-3", "/ERR-8", "/ERR-3-9", "/ERR-3-2", "/ERR-3-1");
		return new Ack(code.strip(), terser.get("/MSA-2"), reason, text);
	}

	private static String firstNonBlank(Terser terser, String... paths) {
		for (String path : paths) {
			try {
				String value = terser.get(path);
				if (value != null && !value.isBlank()) {
					return value.strip();
				}
			} catch (HL7Exception | RuntimeException e) {
				// an acknowledgement without this segment or field
			}
		}
		return null;
	}
}
