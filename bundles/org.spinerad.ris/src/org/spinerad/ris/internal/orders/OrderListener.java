package org.spinerad.ris.internal.orders;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.spinerad.ris.internal.MllpClient;

/**
 * The order listener: an MLLP server taking HL7 v2 orders from the RIS. Every
 * connection may carry any number of framed messages, one after the other;
 * each is answered with one framed acknowledgement before the next is read.
 * Messages are applied one at a time. Logs carry control ids and outcomes,
 * never patient data.
 */
public final class OrderListener implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(OrderListener.class.getName());
	/** The largest message taken. */
	static final int MAX_MESSAGE_BYTES = 4 << 20;

	private final OrderHandler handler;
	private final ServerSocket server;
	private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
	private final Thread acceptor;
	private volatile boolean closed;

	private OrderListener(OrderHandler handler, ServerSocket server) {
		this.handler = handler;
		this.server = server;
		this.acceptor = Thread.ofPlatform().name("spinerad-orders-accept").daemon().unstarted(this::acceptLoop);
	}

	/**
	 * Starts listening.
	 *
	 * @param bind the address to listen on, or null for all
	 * @param port the TCP port, 0 for a free one
	 * @throws IOException when the port cannot be opened (in use, not allowed)
	 */
	public static OrderListener start(OrderHandler handler, InetAddress bind, int port) throws IOException {
		ServerSocket server = new ServerSocket();
		try {
			server.setReuseAddress(true);
			server.bind(new InetSocketAddress(bind, port), 50);
		} catch (IOException e) {
			server.close();
			throw new IOException("cannot listen for orders on port " + port + ": " + e.getMessage()
					+ "; choose a free port (setting spinerad.ris.orders.port or --port)", e);
		}
		OrderListener listener = new OrderListener(Objects.requireNonNull(handler), server);
		listener.acceptor.start();
		LOG.log(Level.INFO, "Listening for RIS orders on port " + server.getLocalPort());
		return listener;
	}

	/** @return the port listened on */
	public int port() {
		return server.getLocalPort();
	}

	private void acceptLoop() {
		while (!closed) {
			try {
				Socket socket = server.accept();
				connections.add(socket);
				Thread.ofVirtual().name("spinerad-orders-connection").start(() -> serve(socket));
			} catch (IOException e) {
				if (!closed) {
					LOG.log(Level.WARNING, "Accepting an order connection failed: " + e.getMessage());
				}
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			socket.setTcpNoDelay(true);
			InputStream in = new BufferedInputStream(socket.getInputStream());
			OutputStream out = socket.getOutputStream();
			while (!closed) {
				byte[] message = readFrame(in);
				if (message == null) {
					return; // the RIS closed the connection between messages
				}
				String ack = handler.handle(new String(message, StandardCharsets.UTF_8));
				out.write(MllpClient.frame(ack));
				out.flush();
			}
		} catch (SocketException | EOFException e) {
			if (!closed) {
				LOG.log(Level.DEBUG, "An order connection ended: " + e.getMessage());
			}
		} catch (IOException e) {
			LOG.log(Level.WARNING, "An order connection failed: " + e.getMessage());
		} finally {
			connections.remove(socket);
		}
	}

	/**
	 * Reads one MLLP frame; bytes outside a frame are skipped.
	 *
	 * @return the message, or null at the end of the stream before a frame starts
	 */
	static byte[] readFrame(InputStream in) throws IOException {
		ByteArrayOutputStream frame = new ByteArrayOutputStream(1024);
		boolean started = false;
		while (true) {
			int b = in.read();
			if (b < 0) {
				if (started) {
					throw new EOFException("the connection closed inside a message");
				}
				return null;
			}
			if (!started) {
				started = b == MllpClient.START_BLOCK;
			} else if (b == MllpClient.END_BLOCK) {
				return frame.toByteArray(); // the carriage return after it is skipped before the next frame
			} else {
				frame.write(b);
				if (frame.size() > MAX_MESSAGE_BYTES) {
					throw new IOException("a message larger than " + MAX_MESSAGE_BYTES + " bytes");
				}
			}
		}
	}

	@Override
	public void close() {
		closed = true;
		try {
			server.close();
		} catch (IOException e) {
			// closing; nothing more to do
		}
		for (Socket socket : connections) {
			try {
				socket.close();
			} catch (IOException e) {
				// closing; nothing more to do
			}
		}
		try {
			acceptor.join(5_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
