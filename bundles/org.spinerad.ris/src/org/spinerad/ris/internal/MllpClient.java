package org.spinerad.ris.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

import org.spinerad.ris.RisSettings;
import org.spinerad.ris.internal.DeliveryException.Stage;

import ca.uhn.hl7v2.HL7Exception;

/**
 * Sends one HL7 message over MLLP (Minimal Lower Layer Protocol): a new TCP
 * connection per message, the message framed as {@code 0x0B message 0x1C 0x0D}
 * in UTF-8, then one framed acknowledgement read back and parsed with HAPI. The
 * connection has a connect timeout, and the whole wait for the acknowledgement
 * is bounded by the acknowledgement timeout. Host, port and timeouts are read
 * from the settings at every attempt.
 */
public final class MllpClient implements Transport {

	/** Start of a frame (vertical tab). */
	public static final int START_BLOCK = 0x0B;
	/** End of a frame (file separator), followed by {@link #CARRIAGE_RETURN}. */
	public static final int END_BLOCK = 0x1C;
	/** Last byte of a frame. */
	public static final int CARRIAGE_RETURN = 0x0D;
	/** The largest acknowledgement accepted. */
	static final int MAX_ACK_BYTES = 1 << 20;

	private final Supplier<RisSettings> settings;
	private volatile Socket current;
	private volatile boolean aborted;

	/** A client using whatever settings the supplier gives at each attempt. */
	public MllpClient(Supplier<RisSettings> settings) {
		this.settings = Objects.requireNonNull(settings);
	}

	/** A client with fixed settings. */
	public MllpClient(RisSettings settings) {
		this(() -> settings);
	}

	/** @return the bytes of a message in an MLLP frame */
	public static byte[] frame(String message) {
		byte[] payload = message.getBytes(StandardCharsets.UTF_8);
		byte[] frame = new byte[payload.length + 3];
		frame[0] = START_BLOCK;
		System.arraycopy(payload, 0, frame, 1, payload.length);
		frame[frame.length - 2] = END_BLOCK;
		frame[frame.length - 1] = CARRIAGE_RETURN;
		return frame;
	}

	@Override
	public Ack send(String controlId, String message, Runnable written) throws DeliveryException {
		RisSettings s = settings.get();
		if (!s.isConfigured()) {
			throw new DeliveryException(Stage.CONNECT, "no RIS host is configured; set " + RisSettings.PREFIX + "host");
		}
		String endpoint = s.host() + ":" + s.port();
		byte[] frame = frame(message);
		try (Socket socket = new Socket()) {
			current = socket;
			if (aborted) {
				throw new DeliveryException(Stage.CONNECT, "the outbox is closing");
			}
			connect(socket, s, endpoint);
			write(socket, frame, endpoint);
			written.run();
			String text = readAck(socket, s, endpoint);
			return check(controlId, text, endpoint);
		} catch (IOException e) {
			// closing the socket failed: the attempt's outcome stands
			throw new DeliveryException(Stage.ACK, "connection to the RIS at " + endpoint + " failed: " + e.getMessage(),
					e);
		} finally {
			current = null;
		}
	}

	private static void connect(Socket socket, RisSettings s, String endpoint) throws DeliveryException {
		try {
			socket.connect(new InetSocketAddress(s.host(), s.port()), timeoutMillis(s.connectTimeout().toMillis()));
			socket.setTcpNoDelay(true);
		} catch (SocketTimeoutException e) {
			throw new DeliveryException(Stage.CONNECT, "the RIS at " + endpoint + " did not accept a connection within "
					+ s.connectTimeout().toMillis() + " ms", e);
		} catch (IOException e) {
			throw new DeliveryException(Stage.CONNECT, "cannot connect to the RIS at " + endpoint + ": " + e.getMessage(),
					e);
		}
	}

	private static void write(Socket socket, byte[] frame, String endpoint) throws DeliveryException {
		try {
			OutputStream out = socket.getOutputStream();
			out.write(frame);
			out.flush();
		} catch (IOException e) {
			throw new DeliveryException(Stage.WRITE, "the connection to the RIS at " + endpoint
					+ " broke while sending: " + e.getMessage(), e);
		}
	}

	private static String readAck(Socket socket, RisSettings s, String endpoint) throws DeliveryException {
		long timeoutMs = s.ackTimeout().toMillis();
		long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
		try {
			InputStream in = new BufferedInputStream(socket.getInputStream());
			return new String(readFrame(socket, in, deadline), StandardCharsets.UTF_8);
		} catch (SocketTimeoutException e) {
			throw new DeliveryException(Stage.ACK, "no acknowledgement from the RIS at " + endpoint + " within "
					+ timeoutMs + " ms", e);
		} catch (EOFException e) {
			throw new DeliveryException(Stage.ACK, "the RIS at " + endpoint
					+ " closed the connection before acknowledging", e);
		} catch (IOException e) {
			throw new DeliveryException(Stage.ACK, "the connection to the RIS at " + endpoint
					+ " broke before the acknowledgement: " + e.getMessage(), e);
		}
	}

	/**
	 * Reads one MLLP frame: bytes before the start block are skipped; the frame
	 * ends at the end block (the carriage return after it is consumed when present).
	 *
	 * @param deadline {@link System#nanoTime()} by which the frame must be complete
	 */
	static byte[] readFrame(Socket socket, InputStream in, long deadline) throws IOException {
		ByteArrayOutputStream frame = new ByteArrayOutputStream(256);
		boolean started = false;
		while (true) {
			long remainingMs = (deadline - System.nanoTime()) / 1_000_000L;
			if (remainingMs <= 0) {
				throw new SocketTimeoutException("acknowledgement timeout");
			}
			socket.setSoTimeout(timeoutMillis(remainingMs));
			int b = in.read();
			if (b < 0) {
				throw new EOFException("end of stream");
			}
			if (!started) {
				started = b == START_BLOCK;
			} else if (b == END_BLOCK) {
				socket.setSoTimeout(50);
				try {
					in.read(); // the trailing carriage return; a missing one is tolerated
				} catch (SocketTimeoutException e) {
					// tolerated
				}
				return frame.toByteArray();
			} else {
				frame.write(b);
				if (frame.size() > MAX_ACK_BYTES) {
					throw new IOException("acknowledgement larger than " + MAX_ACK_BYTES + " bytes");
				}
			}
		}
	}

	private static Ack check(String controlId, String text, String endpoint) throws DeliveryException {
		Ack ack;
		try {
			ack = Ack.parse(text);
		} catch (HL7Exception | RuntimeException e) {
			throw new DeliveryException(Stage.ACK, "the acknowledgement of the RIS at " + endpoint
					+ " cannot be read: " + e.getMessage(), e);
		}
		if (!controlId.equals(ack.controlId())) {
			throw new DeliveryException(Stage.ACK, "the RIS at " + endpoint + " acknowledged another message (MSA-2 '"
					+ ack.controlId() + "' instead of '" + controlId + "')");
		}
		if (!ack.accepted() && !ack.rejected()) {
			throw new DeliveryException(Stage.ACK, "the RIS at " + endpoint + " answered with the unknown code '"
					+ ack.code() + "'");
		}
		return ack;
	}

	private static int timeoutMillis(long ms) {
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE, ms));
	}

	@Override
	public void abort() {
		aborted = true;
		Socket socket = current;
		if (socket != null) {
			try {
				socket.close();
			} catch (IOException e) {
				// closing to interrupt; nothing more to do
			}
		}
	}
}
