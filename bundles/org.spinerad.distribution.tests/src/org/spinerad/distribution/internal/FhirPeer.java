package org.spinerad.distribution.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A FHIR server on loopback for the distribution tests: takes transaction
 * Bundles of PUTs posted to its base and keeps every version of every
 * resource as JSON, as a FHIR server's history does.
 */
final class FhirPeer implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpServer http;
	private final Map<String, List<JsonNode>> versions = new LinkedHashMap<>();

	FhirPeer() throws IOException {
		http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		http.createContext("/fhir", this::handle);
		http.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + http.getAddress().getPort() + "/fhir";
	}

	/** @return the keys ({@code Type/id}) of the resources of a type */
	synchronized List<String> ids(String type) {
		return versions.keySet().stream().filter(k -> k.startsWith(type + "/")).toList();
	}

	/** @return every stored version of a resource ({@code Type/id}), oldest first */
	synchronized List<JsonNode> history(String typeAndId) {
		return List.copyOf(versions.getOrDefault(typeAndId, List.of()));
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath().substring("/fhir".length());
			JsonNode body;
			try {
				body = JSON.readTree(exchange.getRequestBody());
			} catch (IOException e) {
				answer(exchange, 400, JSON.createObjectNode().put("resourceType", "OperationOutcome"));
				return;
			}
			if (!"POST".equals(exchange.getRequestMethod()) || !(path.isEmpty() || "/".equals(path))
					|| !"transaction".equals(body.path("type").asText())) {
				answer(exchange, 405, JSON.createObjectNode().put("resourceType", "OperationOutcome"));
				return;
			}
			answer(exchange, 200, store(body));
		}
	}

	private synchronized ObjectNode store(JsonNode bundle) {
		ObjectNode response = JSON.createObjectNode().put("resourceType", "Bundle").put("type",
				"transaction-response");
		ArrayNode entries = response.putArray("entry");
		List<String> stored = new ArrayList<>();
		for (JsonNode entry : bundle.path("entry")) {
			String key = entry.path("request").path("url").asText();
			List<JsonNode> history = versions.computeIfAbsent(key, k -> new ArrayList<>());
			history.add(entry.path("resource"));
			stored.add(key + "/_history/" + history.size());
			entries.addObject().putObject("response").put("status", history.size() == 1 ? "201 Created" : "200 OK")
					.put("location", stored.getLast());
		}
		return response;
	}

	private static void answer(HttpExchange exchange, int status, JsonNode json) throws IOException {
		byte[] bytes = JSON.writeValueAsBytes(json);
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
