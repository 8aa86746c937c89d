package org.spinerad.ris.internal.orders;

import ca.uhn.hl7v2.ErrorCode;

/**
 * A message the listener does not accept, with the reason sent back to the RIS.
 * The reason names the field and how to fix it; it never carries patient data.
 */
public final class OrderRejection extends Exception {

	private static final long serialVersionUID = 1L;

	private final String code;
	private final transient ErrorCode error;

	private OrderRejection(String code, ErrorCode error, String reason) {
		super(reason);
		this.code = code;
		this.error = error;
	}

	/** @return a rejection answered with AE (application error: the content is wrong) */
	public static OrderRejection error(ErrorCode error, String reason) {
		return new OrderRejection("AE", error, reason);
	}

	/** @return a rejection answered with AR (the message is not one the listener takes) */
	public static OrderRejection reject(ErrorCode error, String reason) {
		return new OrderRejection("AR", error, reason);
	}

	/** @return this rejection for the n-th order of a message with several */
	OrderRejection inOrder(int n) {
		return new OrderRejection(code, error, "order " + n + ": " + getMessage());
	}

	/** @return the HL7 error code for ERR-3 (table 0357) */
	public ErrorCode error() {
		return error;
	}

	/** @return MSA-1 of the answer: AE or AR */
	public String code() {
		return code;
	}
}
