package org.spinerad.fhir.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.spinerad.fhir.FhirSettings;


/** POSTs a transaction Bundle to the FHIR base URL and reads the answer. */
public final class FhirClient {

	/**
	 * The outcome of one attempt.
	 *
	 * @param delivered whether the server took the whole transaction
	 * @param retry     whether trying again may help (no answer, 5xx, 408, 429)
	 * @param detail    what the server said, for the user
	 */
	public record Result(boolean delivered, boolean retry, String detail) {
	}

	private final FhirSettings settings;
	private final HttpClient http;

	/** A client for the given settings (one per attempt: settings may change between attempts). */
	public FhirClient(FhirSettings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
				.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Sends one transaction Bundle (JSON), its entries' full URLs set to the server's. */
	public Result post(String bundleJson) {
		String onServer;
		try {
			onServer = Fhir.json(FhirReportBuilder.onServer(Fhir.parse(Bundle.class, bundleJson), settings.baseUrl()));
		} catch (IllegalArgumentException e) {
			return new Result(false, false, "the queued Bundle cannot be read: " + e.getMessage());
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl()))
				.timeout(settings.timeout()).header("Content-Type", "application/fhir+json; charset=UTF-8")
				.header("Accept", "application/fhir+json")
				.POST(HttpRequest.BodyPublishers.ofString(onServer, StandardCharsets.UTF_8)).build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		} catch (IOException e) {
			return new Result(false, true, "no answer from " + settings.baseUrl() + ": " + e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Result(false, true, "interrupted");
		}
		int code = response.statusCode();
		if (code >= 200 && code < 300) {
			return checkEntries(response.body(), code);
		}
		String reason = "HTTP " + code + outcome(response.body());
		boolean retry = code >= 500 || code == 408 || code == 429;
		return new Result(false, retry, reason);
	}

	private static Result checkEntries(String body, int code) {
		try {
			Bundle answer = Fhir.parse(Bundle.class, body);
			StringBuilder locations = new StringBuilder();
			for (BundleEntryComponent e : answer.getEntry()) {
				String status = e.getResponse().getStatus();
				if (status == null || !status.startsWith("2")) {
					return new Result(false, false, "the server refused an entry: " + status
							+ outcome(e.getResponse().getOutcome() == null ? "" : Fhir.json(e.getResponse().getOutcome())));
				}
				if (e.getResponse().getLocation() != null && e.getResponse().getLocation().contains("DiagnosticReport/")) {
					locations.append(e.getResponse().getLocation());
				}
			}
			return new Result(true, false, "HTTP " + code + (locations.isEmpty() ? "" : ", " + locations));
		} catch (IllegalArgumentException e) {
			return new Result(true, false, "HTTP " + code + " (the answer is not a Bundle)");
		}
	}

	/** @return ": " and the diagnostics of an OperationOutcome in the body, or empty */
	private static String outcome(String body) {
		if (body == null || body.isBlank()) {
			return "";
		}
		try {
			OperationOutcome oo = Fhir.parse(OperationOutcome.class, body);
			StringBuilder b = new StringBuilder();
			oo.getIssue().forEach(i -> b.append(b.isEmpty() ? ": " : "; ").append(i.getDiagnostics()));
			return b.toString();
		} catch (IllegalArgumentException e) {
			String s = body.strip();
			return ": " + (s.length() > 200 ? s.substring(0, 200) + "..." : s);
		}
	}
}
