package org.spinerad.model.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server socket on a loopback port that counts every connection made to it.
 * Tests point the namespaces, classes and references of hostile reports at it
 * and assert that reading them connects nowhere.
 */
final class Catcher implements AutoCloseable {

	private final ServerSocket server;
	private final AtomicInteger connections = new AtomicInteger();

	Catcher() throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread thread = new Thread(this::accept, "catcher-" + server.getLocalPort());
		thread.setDaemon(true);
		thread.start();
	}

	private void accept() {
		while (!server.isClosed()) {
			try (Socket socket = server.accept()) {
				connections.incrementAndGet();
			} catch (IOException e) {
				return;
			}
		}
	}

	/** @return an http URL on the catcher, e.g. {@code http://127.0.0.1:4711/x.ecore} */
	String url(String path) {
		return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
	}

	int connections() {
		return connections.get();
	}

	@Override
	public void close() throws IOException {
		server.close();
	}
}
