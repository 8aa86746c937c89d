package org.spinerad.testsupport;

/** A UI condition did not come true in time; fails the test that waited. */
public class UiTimeoutError extends AssertionError {

	private static final long serialVersionUID = 1L;

	public UiTimeoutError(String message) {
		super(message);
	}
}
