package org.spinerad.fhir.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A FHIR R4 server on loopback for the tests: takes transaction Bundles of
 * PUTs (POST to the base), keeps every version of every resource, and answers
 * reads ({@code GET /Type/id}). Parsing and writing use HAPI. It can answer the
 * next transactions with an error.
 */
final class FhirTestServer implements AutoCloseable {

	private final HttpServer http;
	private final Map<String, List<String>> versions = new LinkedHashMap<>();
	private final AtomicInteger transactions = new AtomicInteger();
	private final AtomicInteger failNext = new AtomicInteger();
	private volatile int failStatus = 503;

	FhirTestServer() throws IOException {
		http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		http.createContext("/fhir", this::handle);
		http.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + http.getAddress().getPort() + "/fhir";
	}

	/** The next {@code count} transactions are answered with {@code status}. */
	void failNext(int count, int status) {
		failStatus = status;
		failNext.set(count);
	}

	/** @return transactions taken (not counting failed ones) */
	int transactions() {
		return transactions.get();
	}

	/** @return every stored version of a resource, oldest first (JSON) */
	synchronized List<String> history(String typeAndId) {
		return List.copyOf(versions.getOrDefault(typeAndId, List.of()));
	}

	/** @return the keys ({@code Type/id}) of a type */
	synchronized List<String> ids(String type) {
		return versions.keySet().stream().filter(k -> k.startsWith(type + "/")).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath().substring("/fhir".length());
			if ("GET".equals(exchange.getRequestMethod())) {
				List<String> h = history(path.replaceFirst("^/", ""));
				if (h.isEmpty()) {
					answer(exchange, 404, outcome("not found: " + path));
				} else {
					answer(exchange, 200, h.get(h.size() - 1));
				}
				return;
			}
			if (!"POST".equals(exchange.getRequestMethod()) || !(path.isEmpty() || "/".equals(path))) {
				answer(exchange, 405, outcome("only transactions at the base and reads"));
				return;
			}
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
				answer(exchange, failStatus, outcome("test server told to fail"));
				return;
			}
			Bundle request;
			try {
				request = Fhir.parse(Bundle.class, body);
			} catch (RuntimeException e) {
				answer(exchange, 400, outcome("not a Bundle: " + e.getMessage()));
				return;
			}
			if (request.getType() != BundleType.TRANSACTION) {
				answer(exchange, 400, outcome("not a transaction"));
				return;
			}
			answer(exchange, 200, Fhir.json(store(request)));
		}
	}

	private synchronized Bundle store(Bundle request) {
		Bundle response = new Bundle().setType(BundleType.TRANSACTIONRESPONSE);
		List<String[]> stored = new ArrayList<>();
		for (BundleEntryComponent e : request.getEntry()) {
			Resource r = e.getResource();
			String key = e.getRequest().getUrl();
			List<String> h = versions.computeIfAbsent(key, k -> new ArrayList<>());
			boolean created = h.isEmpty();
			r.getMeta().setVersionId(Integer.toString(h.size() + 1));
			h.add(Fhir.json(r));
			stored.add(new String[] { key, created ? "201 Created" : "200 OK", Integer.toString(h.size()) });
		}
		for (String[] s : stored) {
			response.addEntry().getResponse().setStatus(s[1]).setLocation(s[0] + "/_history/" + s[2]);
		}
		transactions.incrementAndGet();
		return response;
	}

	private static String outcome(String text) {
		OperationOutcome oo = new OperationOutcome();
		oo.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
				.setCode(OperationOutcome.IssueType.PROCESSING).setDiagnostics(text);
		return Fhir.json(oo);
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/fhir+json; charset=UTF-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		http.stop(0);
	}
}
