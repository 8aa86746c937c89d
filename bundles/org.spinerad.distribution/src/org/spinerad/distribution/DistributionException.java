package org.spinerad.distribution;

/** A report cannot be distributed, rendered, or its delivery changed; the message says why and what to do. */
public class DistributionException extends Exception {

	private static final long serialVersionUID = 1L;

	public DistributionException(String message) {
		super(message);
	}

	public DistributionException(String message, Throwable cause) {
		super(message, cause);
	}
}
