package org.spinerad.ris.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;

/**
 * A RIS stand-in on loopback, started by a test: an MLLP server that parses
 * every message with HAPI, records it, and answers as told. Like a real RIS it
 * drops a duplicate: a control id it accepted before is acknowledged again but
 * not delivered again. Faults are consumed one per received message.
 */
final class MllpPeer implements AutoCloseable {

	/** How to answer the next message. */
	enum Fault {
		/** Answer AA (the default). */
		NONE,
		/** Answer AE with a reason in ERR. */
		AE,
		/** Answer AR with a reason in MSA-3. */
		AR,
		/** Close the connection after reading the message, without acknowledging. */
		DROP_BEFORE_ACK,
		/** Acknowledge another control id. */
		WRONG_CONTROL_ID,
		/** Hold the acknowledgement until {@link MllpPeer#release()}, then answer AA. */
		HOLD_ACK
	}

	/** One message as received, and what was answered. */
	record Reception(String controlId, String text, Message parsed, String answer, boolean newDelivery) {
	}

	static final String AE_REASON = "Unknown accession number in the RIS";
	static final String AR_REASON = "RIS in maintenance mode";

	private final int port;
	private final Deque<Fault> faults = new ArrayDeque<>();
	private final List<Reception> receptions = new ArrayList<>();
	private final Set<String> accepted = new HashSet<>();
	private final CountDownLatch released = new CountDownLatch(1);
	private final CountDownLatch held = new CountDownLatch(1);
	private ServerSocket server;
	private volatile boolean closed;

	private MllpPeer(int port) {
		this.port = port;
	}

	/** @return a peer listening on a free loopback port */
	static MllpPeer start() throws IOException {
		MllpPeer peer = new MllpPeer(0);
		peer.up();
		return peer;
	}

	/** @return a peer whose port is chosen but which does not listen yet: the RIS is down */
	static MllpPeer down() throws IOException {
		int free;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			free = probe.getLocalPort();
		}
		return new MllpPeer(free);
	}

	/** Starts listening (the RIS comes up). */
	synchronized void up() throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
		server = socket;
		Thread acceptor = new Thread(() -> accept(socket), "mllp-peer-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return server != null ? server.getLocalPort() : port;
	}

	/** Queues faults for the next messages, in order. */
	synchronized void inject(Fault... next) {
		faults.addAll(List.of(next));
	}

	/** @return every message received, in order */
	synchronized List<Reception> receptions() {
		return List.copyOf(receptions);
	}

	/** @return the messages the RIS took in: first acceptance of each control id */
	synchronized List<Reception> deliveries() {
		return receptions.stream().filter(Reception::newDelivery).toList();
	}

	/** @return how often each control id was received */
	synchronized Map<String, Integer> receivedCounts() {
		Map<String, Integer> counts = new HashMap<>();
		receptions.forEach(r -> counts.merge(r.controlId(), 1, Integer::sum));
		return counts;
	}

	/** Waits until a message is held by {@link Fault#HOLD_ACK}. */
	boolean awaitHeld(long seconds) throws InterruptedException {
		return held.await(seconds, TimeUnit.SECONDS);
	}

	/** Lets held acknowledgements go. */
	void release() {
		released.countDown();
	}

	private void accept(ServerSocket socket) {
		while (!closed) {
			try {
				Socket connection = socket.accept();
				Thread handler = new Thread(() -> handle(connection), "mllp-peer-connection");
				handler.setDaemon(true);
				handler.start();
			} catch (IOException e) {
				return; // closed
			}
		}
	}

	private void handle(Socket connection) {
		try (connection) {
			InputStream in = new BufferedInputStream(connection.getInputStream());
			OutputStream out = connection.getOutputStream();
			while (true) {
				byte[] frame = MllpClient.readFrame(connection, in, System.nanoTime() + TimeUnit.SECONDS.toNanos(60));
				String text = new String(frame, StandardCharsets.UTF_8);
				if (!answer(text, out)) {
					return;
				}
			}
		} catch (IOException | HL7Exception | InterruptedException e) {
			// the client closed the connection, or the test ended
		}
	}

	/** @return whether to keep the connection open */
	private boolean answer(String text, OutputStream out) throws HL7Exception, IOException, InterruptedException {
		PipeParser parser = Hl7.lenient().getPipeParser();
		Message parsed;
		synchronized (parser) {
			parsed = parser.parse(text);
		}
		String controlId = new Terser(parsed).get("/MSH-10");
		Fault fault;
		boolean duplicate;
		synchronized (this) {
			fault = faults.isEmpty() ? Fault.NONE : faults.poll();
			duplicate = accepted.contains(controlId);
		}
		Message ack;
		String answer;
		switch (fault) {
		case DROP_BEFORE_ACK -> {
			record(new Reception(controlId, text, parsed, "DROP", false));
			return false;
		}
		case AE -> {
			ack = parsed.generateACK(AcknowledgmentCode.AE, new HL7Exception(AE_REASON));
			answer = "AE";
		}
		case AR -> {
			ack = parsed.generateACK(AcknowledgmentCode.AR, null);
			new Terser(ack).set("/MSA-3", AR_REASON);
			answer = "AR";
		}
		case WRONG_CONTROL_ID -> {
			ack = parsed.generateACK();
			new Terser(ack).set("/MSA-2", "SOMETHING-ELSE");
			answer = "WRONG";
		}
		default -> {
			ack = parsed.generateACK();
			answer = "AA";
		}
		}
		boolean newDelivery = "AA".equals(answer) && !duplicate;
		record(new Reception(controlId, text, parsed, answer, newDelivery));
		if (newDelivery) {
			synchronized (this) {
				accepted.add(controlId);
			}
		}
		if (fault == Fault.HOLD_ACK) {
			held.countDown();
			released.await();
		}
		String encoded;
		synchronized (parser) {
			encoded = parser.encode(ack);
		}
		out.write(MllpClient.frame(encoded));
		out.flush();
		return true;
	}

	private synchronized void record(Reception reception) {
		receptions.add(reception);
	}

	@Override
	public void close() throws IOException {
		closed = true;
		release();
		ServerSocket socket = server;
		if (socket != null) {
			socket.close();
		}
	}
}
