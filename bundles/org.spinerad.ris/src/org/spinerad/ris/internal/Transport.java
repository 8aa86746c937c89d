package org.spinerad.ris.internal;

/** Carries one message to the RIS and returns its acknowledgement. */
public interface Transport {

	/**
	 * Sends a message and waits for its acknowledgement.
	 *
	 * @param controlId the message control id, which the acknowledgement must echo
	 * @param message   the encoded message
	 * @param written   called once the message is written, before waiting for the acknowledgement
	 * @return the acknowledgement (accepted or not)
	 * @throws DeliveryException when no usable acknowledgement came
	 */
	Ack send(String controlId, String message, Runnable written) throws DeliveryException;

	/** Ends an attempt under way from another thread (when the outbox closes); the attempt then fails. */
	void abort();
}
