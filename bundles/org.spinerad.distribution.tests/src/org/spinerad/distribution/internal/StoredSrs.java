package org.spinerad.distribution.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.spinerad.dicom.DataSet;
import org.spinerad.dicom.DicomReader;
import org.spinerad.dicom.Tag;
import org.spinerad.dicom.report.SrReference;
import org.spinerad.store.AuditEntry;
import org.spinerad.store.ReportStore;
import org.spinerad.testsupport.Orthanc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a test PACS holds, read back as files through Orthanc's REST API, and what DCMTK says of them. */
final class StoredSrs {

	private StoredSrs() {
	}

	/** @return every instance Orthanc stores, each written as a file into {@code into} and named by its SOP Instance UID */
	static List<Path> download(Orthanc orthanc, Path into) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		JsonNode ids = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create(orthanc.rest() + "/instances"))
				.build(), HttpResponse.BodyHandlers.ofString()).body());
		Files.createDirectories(into);
		List<Path> files = new ArrayList<>();
		for (JsonNode id : ids) {
			byte[] bytes = http.send(HttpRequest.newBuilder(URI.create(orthanc.rest() + "/instances/" + id.asText()
					+ "/file")).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
			String uid = DicomReader.read(bytes).dataSet().getString(Tag.SOPInstanceUID);
			files.add(Files.write(into.resolve(uid + ".dcm"), bytes));
		}
		return files;
	}

	/** @return the data set of a file */
	static DataSet read(Path file) throws IOException {
		return DicomReader.read(file).dataSet();
	}

	/** @return the SR an SR names in its Predecessor Documents Sequence, or null */
	static SrReference predecessor(DataSet sr) {
		DataSet study = sr.getItem(Tag.PredecessorDocumentsSequence);
		if (study == null) {
			return null;
		}
		DataSet series = study.getItem(Tag.ReferencedSeriesSequence);
		DataSet sop = series.getItem(Tag.ReferencedSOPSequence);
		return new SrReference(study.getString(Tag.StudyInstanceUID), series.getString(Tag.SeriesInstanceUID),
				sop.getString(Tag.ReferencedSOPClassUID), sop.getString(Tag.ReferencedSOPInstanceUID));
	}

	/** @return the SOP Instance UIDs the PACS channel recorded for the report, one {@code step=uid} per step, oldest first */
	static List<String> recorded(ReportStore store, String reportId) throws Exception {
		List<String> out = new ArrayList<>();
		for (AuditEntry e : store.auditTrail(reportId)) {
			if ("made SR".equals(e.action())) {
				String[] f = e.detail().split(" ");
				out.add(f[0] + "=" + f[f.length - 1]);
			}
		}
		return out;
	}

	/** @return what a DCMTK tool (dcmdump, dsrdump) prints for a file; fails when it fails */
	static String dcmtk(String tool, Path file) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(tool, file.toString()).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new AssertionError(tool + " failed on " + file + ":\n" + out);
		}
		return out;
	}

	/** @return the text of a PDF by pdftotext (poppler-utils), ligatures such as "fi" as their letters */
	static String pdfText(Path pdf) throws IOException, InterruptedException {
		Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new AssertionError("pdftotext failed on " + pdf + ":\n" + out);
		}
		return Normalizer.normalize(out, Normalizer.Form.NFKC);
	}
}
