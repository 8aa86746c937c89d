package org.spinerad.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal RIS for integration tests: accepts MLLP frames on loopback and
 * acknowledges each with AA. (The RIS export's own tests use a peer with fault
 * injection.)
 */
public final class MllpPeer implements AutoCloseable {

	private final ServerSocket server;
	private final List<String> received = new CopyOnWriteArrayList<>();
	private final Thread thread;

	/** Starts listening on a free loopback port. */
	public MllpPeer() throws IOException {
		server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		thread = new Thread(this::serve, "test-mllp-peer");
		thread.setDaemon(true);
		thread.start();
	}

	/** @return the port it listens on */
	public int port() {
		return server.getLocalPort();
	}

	/** @return the messages received so far, oldest first */
	public List<String> received() {
		return received;
	}

	private void serve() {
		while (!server.isClosed()) {
			try (Socket socket = server.accept()) {
				InputStream in = socket.getInputStream();
				OutputStream out = socket.getOutputStream();
				String message;
				while ((message = frame(in)) != null) {
					received.add(message);
					String controlId = field(message, "MSH", 9);
					String ack = "MSH|^~\\&|RIS|HOSPITAL|SPINERAD|RADIOLOGY|20261126120000||ACK^R01^ACK|A" + controlId
							+ "|P|2.5.1\rMSA|AA|" + controlId + "\r";
					out.write(0x0B);
					out.write(ack.getBytes(StandardCharsets.UTF_8));
					out.write(new byte[] { 0x1C, 0x0D });
					out.flush();
				}
			} catch (IOException e) {
				// connection ended; wait for the next one
			}
		}
	}

	private static String frame(InputStream in) throws IOException {
		int b;
		while ((b = in.read()) != 0x0B) {
			if (b < 0) {
				return null;
			}
		}
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		while ((b = in.read()) >= 0) {
			if (b == 0x1C) {
				in.read();
				return buffer.toString(StandardCharsets.UTF_8);
			}
			buffer.write(b);
		}
		return null;
	}

	/** @return field n (MSH-10 is index 9 after splitting at '|') of a segment */
	public static String field(String message, String segment, int index) {
		for (String line : message.split("\r")) {
			if (line.startsWith(segment + "|")) {
				String[] fields = line.split("\\|", -1);
				return index < fields.length ? fields[index] : "";
			}
		}
		return "";
	}

	@Override
	public void close() throws IOException {
		server.close();
	}
}
