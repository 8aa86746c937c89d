package org.spinerad.ris.internal;

/**
 * An attempt that got no usable acknowledgement; delivery must be retried.
 * The stage says how far it got: only after {@link Stage#CONNECT} can the RIS
 * have received the message.
 */
public final class DeliveryException extends Exception {

	private static final long serialVersionUID = 1L;

	/** How far an attempt got. */
	public enum Stage {
		/** No connection: nothing was written. */
		CONNECT,
		/** Connected; writing failed, maybe after some bytes. */
		WRITE,
		/** Written; no acknowledgement, or one that cannot be used. */
		ACK
	}

	private final Stage stage;

	public DeliveryException(Stage stage, String message, Throwable cause) {
		super(message, cause);
		this.stage = stage;
	}

	public DeliveryException(Stage stage, String message) {
		this(stage, message, null);
	}

	/** @return how far the attempt got */
	public Stage stage() {
		return stage;
	}

	/** @return whether the RIS may have received the message */
	public boolean maybeReceived() {
		return stage != Stage.CONNECT;
	}
}
