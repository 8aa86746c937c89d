package org.spinerad.dicom.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.spinerad.dicom.report.DicomWebException;
import org.spinerad.dicom.report.PacsSettings;
import org.spinerad.dicom.report.SeriesSummary;
import org.spinerad.dicom.report.StowResult;
import org.spinerad.dicom.report.StudyQuery;
import org.spinerad.dicom.report.WorklistStudy;

/**
 * A DICOMweb client (PS3.18) on the JDK's HTTP client: QIDO-RS searches for
 * studies and series (JSON answers) and STOW-RS stores (a multipart/related
 * body of Part 10 files). Thread-safe.
 */
public final class DicomWebClient {

	private static final String DICOM_JSON = "application/dicom+json";

	private final URI base;
	private final HttpClient http;
	private final Duration timeout;

	/** @param base the DICOMweb base URL, e.g. {@code http://pacs:8042/dicom-web} */
	public DicomWebClient(URI base) {
		this(base, Duration.ofSeconds(30));
	}

	/** @param timeout limit of each request, and of connecting */
	public DicomWebClient(URI base, Duration timeout) {
		String s = base.toString();
		this.base = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
				.build();
	}

	/**
	 * @return a client for the PACS of the settings
	 * @throws DicomWebException when no PACS URL is set
	 */
	public static DicomWebClient fromSettings() throws DicomWebException {
		return new DicomWebClient(PacsSettings.pacsUrl().orElseThrow(() -> new DicomWebException(
				"no PACS configured: set the PACS DICOMweb URL in Preferences (Ctrl+,), e.g. http://pacs:8042/dicom-web, "
						+ "or start with -D" + PacsSettings.PACS_URL + "=...",
				-1)));
	}

	/** @return the base URL */
	public URI base() {
		return base;
	}

	/**
	 * QIDO-RS: {@code GET /studies?StudyDate=from-to&ModalitiesInStudy=MR}.
	 *
	 * @return the studies found, in the PACS's order
	 */
	public List<WorklistStudy> searchStudies(StudyQuery query) throws DicomWebException {
		Map<String, String> params = new LinkedHashMap<>();
		if (query.from() != null || query.to() != null) {
			DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
			params.put("StudyDate", (query.from() == null ? "" : query.from().format(f)) + "-"
					+ (query.to() == null ? "" : query.to().format(f)));
		}
		if (query.modality() != null && !query.modality().isBlank()) {
			params.put("ModalitiesInStudy", query.modality().strip());
		}
		if (query.limit() > 0) {
			params.put("limit", Integer.toString(query.limit()));
		}
		params.put("includefield", "00081030,00080090,00201206,00201208,00100030,00100040,00080061");
		List<WorklistStudy> studies = new ArrayList<>();
		for (JsonNode node : search("/studies", params)) {
			String uid = DicomJson.string(node, "0020000D");
			if (uid == null) {
				continue;
			}
			studies.add(new WorklistStudy(uid, DicomJson.personName(node, "00100010"),
					DicomJson.string(node, "00100020"), date(DicomJson.string(node, "00100030")),
					DicomJson.string(node, "00100040"), date(DicomJson.string(node, "00080020")),
					time(DicomJson.string(node, "00080030")), DicomJson.string(node, "00080050"),
					DicomJson.string(node, "00081030"), DicomJson.personName(node, "00080090"),
					DicomJson.strings(node, "00080061"), DicomJson.integer(node, "00201206"),
					DicomJson.integer(node, "00201208"), DicomJson.string(node, "00081190")));
		}
		return studies;
	}

	/** QIDO-RS: {@code GET /studies/{uid}/series}. */
	public List<SeriesSummary> searchSeries(String studyInstanceUid) throws DicomWebException {
		List<SeriesSummary> series = new ArrayList<>();
		for (JsonNode node : search("/studies/" + encode(studyInstanceUid) + "/series", Map.of())) {
			series.add(new SeriesSummary(DicomJson.string(node, "0020000E"), DicomJson.string(node, "00080060"),
					DicomJson.integer(node, "00200011"), DicomJson.string(node, "0008103E")));
		}
		return series;
	}

	private List<JsonNode> search(String path, Map<String, String> params) throws DicomWebException {
		StringBuilder url = new StringBuilder(base + path);
		char sep = '?';
		for (Map.Entry<String, String> p : params.entrySet()) {
			url.append(sep).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
			sep = '&';
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(url.toString())).timeout(timeout)
				.header("Accept", DICOM_JSON).GET().build();
		HttpResponse<byte[]> response = send(request, "QIDO-RS search");
		if (response.statusCode() == 204) {
			return List.of();
		}
		if (response.statusCode() != 200) {
			throw new DicomWebException("the PACS answered the search with HTTP " + response.statusCode()
					+ excerpt(response.body()) + " (" + base + path + ")", response.statusCode());
		}
		try {
			JsonNode root = Json.MAPPER.readTree(response.body());
			List<JsonNode> nodes = new ArrayList<>();
			if (root != null && root.isArray()) {
				root.forEach(nodes::add);
			} else {
				throw new DicomWebException("the PACS answered the search with something other than a DICOM JSON array",
						200);
			}
			return nodes;
		} catch (IOException e) {
			throw new DicomWebException("the PACS answered the search with malformed JSON: " + e.getMessage(), e);
		}
	}

	/**
	 * STOW-RS: {@code POST /studies} with the files as one multipart/related
	 * request.
	 *
	 * @param part10Files complete Part 10 files
	 * @return the PACS's answer (also for HTTP errors)
	 * @throws DicomWebException when the PACS cannot be reached or does not answer in time
	 */
	public StowResult store(List<byte[]> part10Files) throws DicomWebException {
		String boundary = "spinerad-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (byte[] file : part10Files) {
			body.writeBytes(("--" + boundary + "\r\nContent-Type: application/dicom\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			body.writeBytes(file);
			body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/studies")).timeout(timeout)
				.header("Content-Type", "multipart/related; type=\"application/dicom\"; boundary=" + boundary)
				.header("Accept", DICOM_JSON).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
		HttpResponse<byte[]> response = send(request, "STOW-RS store");
		int status = response.statusCode();
		List<String> stored = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		try {
			if (response.body().length > 0) {
				JsonNode root = Json.MAPPER.readTree(response.body());
				if (root != null && root.isArray() && root.size() > 0) {
					root = root.get(0);
				}
				if (root != null && root.isObject()) {
					for (JsonNode item : DicomJson.items(root, "00081199")) {
						stored.add(DicomJson.string(item, "00081155"));
					}
					for (JsonNode item : DicomJson.items(root, "00081198")) {
						Integer reason = DicomJson.integer(item, "00081197");
						failed.add(DicomJson.string(item, "00081155") + " (failure reason "
								+ (reason == null ? "?" : String.format("0x%04X", reason)) + ")");
					}
				}
			}
		} catch (IOException e) {
			// an answer without a DICOM JSON body: judged by the status alone
		}
		String message;
		if (status == 200 && failed.isEmpty()) {
			message = "stored " + (stored.isEmpty() ? part10Files.size() : stored.size()) + " instance(s) in " + base;
		} else if (status == 200 || status == 202) {
			message = "the PACS stored " + stored.size() + " and refused " + failed.size() + ": "
					+ String.join(", ", failed);
		} else {
			message = "the PACS refused the store with HTTP " + status + excerpt(response.body())
					+ (failed.isEmpty() ? "" : ": " + String.join(", ", failed));
		}
		return new StowResult(status, List.copyOf(stored), List.copyOf(failed), message);
	}

	private HttpResponse<byte[]> send(HttpRequest request, String what) throws DicomWebException {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		} catch (HttpTimeoutException e) {
			throw new DicomWebException(what + ": the PACS at " + base + " did not answer within "
					+ timeout.toSeconds() + " s", e);
		} catch (ConnectException e) {
			throw new DicomWebException(what + ": cannot connect to the PACS at " + base
					+ " (is it running and is " + PacsSettings.PACS_URL + " right?)", e);
		} catch (IOException e) {
			throw new DicomWebException(what + ": the connection to the PACS at " + base + " failed: " + e, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DicomWebException(what + ": interrupted", e);
		}
	}

	private static String excerpt(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
		if (text.isEmpty()) {
			return "";
		}
		return ": " + (text.length() > 200 ? text.substring(0, 200) + "..." : text);
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static LocalDate date(String s) {
		try {
			return s == null || s.length() < 8 ? null : LocalDate.parse(s.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
		} catch (RuntimeException e) {
			return null;
		}
	}

	private static LocalTime time(String s) {
		try {
			if (s == null || s.length() < 4) {
				return null;
			}
			int h = Integer.parseInt(s.substring(0, 2));
			int m = Integer.parseInt(s.substring(2, 4));
			int sec = s.length() >= 6 ? Integer.parseInt(s.substring(4, 6)) : 0;
			return LocalTime.of(h, m, Math.min(sec, 59));
		} catch (RuntimeException e) {
			return null;
		}
	}

	/** Jackson's mapper, made when the first answer is read, not when the PACS service starts. */
	private static final class Json {
		static final ObjectMapper MAPPER = new ObjectMapper();
	}
}
