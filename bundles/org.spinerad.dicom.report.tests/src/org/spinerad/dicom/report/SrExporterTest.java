package org.spinerad.dicom.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinerad.dicom.DataSet;
import org.spinerad.dicom.DicomReader;
import org.spinerad.dicom.Tag;
import org.spinerad.dicom.UIDs;
import org.spinerad.dicom.report.internal.SrExporter;
import org.spinerad.dicom.testing.Tools;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.samples.SampleCases;

/**
 * Every SR we write passes dicom3tools' dciodvfy without errors, is read by
 * DCMTK's dsrdump with the expected content tree, and by dcmdump.
 */
class SrExporterTest {

	static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneId.of("UTC"));

	@TempDir
	Path dir;

	static List<String> cases() {
		return SampleCases.IDS;
	}

	/** @return the sample case with a status; final reports signed */
	static Report sample(String id, ReportStatus status) {
		Report report = SampleCases.load(id);
		report.setStatus(status);
		if (status == ReportStatus.PRELIMINARY) {
			report.setPreliminaryAt(Date.from(Instant.parse("2026-11-02T09:30:00Z")));
		}
		if (status == ReportStatus.FINAL || status == ReportStatus.AMENDED) {
			report.setSigner("Dr. Example Radiologist");
			report.setSignedAt(Date.from(Instant.parse("2026-11-02T10:15:00Z")));
		}
		return report;
	}

	private Path export(Report report, String name) throws Exception {
		Path file = dir.resolve(name);
		new SrExporter(ZONE, CLOCK).write(report, file);
		return file;
	}

	/** Runs dciodvfy and fails on any line with "Error". */
	static String dciodvfy(Path file) throws Exception {
		Tools.Result result = Tools.run("dciodvfy", file.toString());
		String all = result.all();
		List<String> errors = all.lines().filter(l -> l.contains("Error")).toList();
		assertTrue(errors.isEmpty(), () -> "dciodvfy reports errors for " + file.getFileName() + ":\n" + all);
		return all;
	}

	static String dsrdump(Path file) throws Exception {
		Tools.Result result = Tools.run("dsrdump", "+U8", "+Pc", "+Pl", "+Pt", file.toString());
		assertEquals(0, result.exitCode(), () -> "dsrdump cannot read " + file + ":\n" + result.all());
		// DCMTK 3.6.7 warns that its VR checker skips UTF-8 text; any other warning fails
		String complaints = result.err().lines()
				.filter(l -> !l.contains("VR checker does not support this Specific Character Set: ISO_IR 192"))
				.filter(l -> l.startsWith("E: ") || l.startsWith("W: ") || l.startsWith("F: ")).toList().toString();
		assertEquals("[]", complaints, () -> "dsrdump complains:\n" + result.err());
		return result.out();
	}

	@ParameterizedTest
	@MethodSource("cases")
	void everySampleIsValidInEveryStatus(String id) throws Exception {
		for (ReportStatus status : ReportStatus.VALUES) {
			Report report = sample(id, status);
			Path file = export(report, id + "-" + status.getLiteral() + ".dcm");
			String iod = dciodvfy(file);
			assertTrue(iod.contains("ComprehensiveSR"), () -> "dciodvfy did not check the Comprehensive SR IOD:\n" + iod);
			String tree = dsrdump(file);
			assertTrue(tree.contains("Diagnostic Imaging Report"), tree);
			Tools.dcmdump(file);
			int findings = report.getRegions().stream().mapToInt(r -> r.getFindings().size()).sum();
			int coded = count(tree, "121071");
			assertTrue(coded >= findings, () -> findings + " findings, " + coded + " Finding items in\n" + tree);
		}
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
			n++;
		}
		return n;
	}

	@Test
	void contentTreeOfAFinalReport() throws Exception {
		Report report = sample("INF-01", ReportStatus.FINAL);
		Path file = export(report, "inf01.dcm");
		String tree = dsrdump(file);
		// header
		assertTrue(tree.contains("Comprehensive SR Document"), tree);
		assertTrue(tree.contains("Completion Flag     : COMPLETE"), tree);
		assertTrue(tree.contains("Verification Flag   : VERIFIED"), tree);
		assertTrue(tree.contains("Verifying Observers : 2026-11-02 11:15:00 +01:00, Dr. Example Radiologist"), tree);
		assertTrue(tree.contains("Patient             : CASE^INF01 (M, #PID-INF-01)"), tree);
		// content in order: title, modifiers, observer, sections
		String[] expected = { "<CONTAINER:(18748-4,LN,\"Diagnostic Imaging Report\")=SEPARATE>  # TID 2000 (DCMR)",
				"<has concept mod CODE:(122142,DCM,\"Acquisition Device Type\")=(MR,DCM,\"Magnetic Resonance\")>",
				"<has concept mod CODE:(123014,DCM,\"Target Region\")=(RID7741,RADLEX,\"Spine\")>",
				"<has concept mod CODE:(121049,DCM,\"Language of Content Item and Descendants\")=(en,RFC5646,\"English\")>",
				"<has obs context CODE:(121005,DCM,\"Observer Type\")=(121006,DCM,\"Person\")>",
				"<has obs context PNAME:(121008,DCM,\"Person Observer Name\")=\"Dr. Example Radiologist\">",
				"<contains CONTAINER:(11329-0,LN,\"History\")=SEPARATE>",
				"<contains TEXT:(11329-0,LN,\"History\")=\"Diabetic, 2 weeks of low back pain",
				"<contains CONTAINER:(55111-9,LN,\"Current Procedure Descriptions\")=SEPARATE>",
				"<contains TEXT:(121065,DCM,\"Procedure Description\")=\"MRI: MRI lumbar spine with and without "
						+ "contrast, whole-spine sagittal screening. Field strength 1.5 T. Region imaged: whole spine. "
						+ "Sequences: sag T1; sag T2; sag STIR; ax T2; DWI; sag T1 FS post (after contrast, 3 min);",
				"Contrast: gadobutrol, 1 mmol/mL, 0.1 mmol/kg, 8.2 mL, intravenous.\">",
				"<contains CONTAINER:(59776-5,LN,\"Findings\")=SEPARATE>",
				"<contains TEXT:(121071,DCM,\"Finding\")=\"Bone marrow, L3 to L4: Spondylodiscitis. Erosion of the L3 "
						+ "inferior and L4 superior endplates.\">",
				"<contains TEXT:(121071,DCM,\"Finding\")=\"Discs, L3-L4: Discitis.\">",
				"<contains TEXT:(121071,DCM,\"Finding\")=\"Epidural space, L2 to L4: Epidural abscess within phlegmon. "
						+ "Severe compression of the thecal sac with crowding of the cauda equina roots. Critical finding.\">",
				"<contains TEXT:(121071,DCM,\"Finding\")=\"Facet joints, L3-L4, right: Septic facet arthritis.",
				"<contains TEXT:(121071,DCM,\"Finding\")=\"Paraspinal soft tissues, L3 to L4, left: Psoas abscess.\">",
				"<contains CONTAINER:(19005-8,LN,\"Impressions\")=SEPARATE>",
				"<contains TEXT:(121073,DCM,\"Impression\")=\"Ventral epidural abscess at L3-L4 within phlegmon",
				"<contains TEXT:(121073,DCM,\"Impression\")=\"No non-contiguous epidural collection on whole-spine "
						+ "screening.\">",
				"<contains CONTAINER:(18783-1,LN,\"Recommendations\")=SEPARATE>",
				"<contains TEXT:(121075,DCM,\"Recommendation\")=\"Urgent spine surgical consultation.\">" };
		String flat = tree.replace(" ", "").replace("\n", "");
		int at = 0;
		for (String line : expected) {
			int found = flat.indexOf(line.replace(" ", ""), at);
			assertTrue(found >= 0, () -> "missing or out of order: " + line + "\n" + tree);
			at = found;
		}
		DataSet ds = DicomReader.read(file).dataSet();
		assertEquals(UIDs.COMPREHENSIVE_SR_STORAGE, ds.getString(Tag.SOPClassUID));
		assertEquals(report.getStudy().getStudyInstanceUid(), ds.getString(Tag.StudyInstanceUID));
		assertTrue(ds.getString(Tag.SOPInstanceUID).startsWith("2.25."));
		assertTrue(ds.getString(Tag.SeriesInstanceUID).startsWith("2.25."));
		assertEquals("COMPLETE", ds.getString(Tag.CompletionFlag));
		assertEquals("VERIFIED", ds.getString(Tag.VerificationFlag));
		assertEquals("FINAL", ds.getString(Tag.PreliminaryFlag));
		DataSet observer = ds.getItem(Tag.VerifyingObserverSequence);
		assertEquals("Dr. Example Radiologist", observer.getString(Tag.VerifyingObserverName));
		assertEquals("20261102111500+0100", observer.getString(Tag.VerificationDateTime));
		assertEquals("CASE^INF01", ds.getString(Tag.PatientName));
		assertEquals("ACC-INF-01", ds.getItem(Tag.ReferencedRequestSequence).getString(Tag.AccessionNumber));
		assertEquals("20261102", ds.getString(Tag.StudyDate));
		assertEquals("094000", ds.getString(Tag.StudyTime), "08:40 UTC is 09:40 in Zurich");
	}

	@Test
	void flagsFollowTheStatusAndUidsAreNew() throws Exception {
		DataSet draft = new SrExporter(ZONE, CLOCK).toDataSet(sample("TUM-01", ReportStatus.DRAFT));
		assertEquals("PARTIAL", draft.getString(Tag.CompletionFlag));
		assertEquals("UNVERIFIED", draft.getString(Tag.VerificationFlag));
		assertFalse(draft.contains(Tag.VerifyingObserverSequence));
		DataSet preliminary = new SrExporter(ZONE, CLOCK).toDataSet(sample("TUM-01", ReportStatus.PRELIMINARY));
		assertEquals("COMPLETE", preliminary.getString(Tag.CompletionFlag));
		assertEquals("UNVERIFIED", preliminary.getString(Tag.VerificationFlag));
		assertEquals("PRELIMINARY", preliminary.getString(Tag.PreliminaryFlag));
		assertNotEquals(draft.getString(Tag.SOPInstanceUID), preliminary.getString(Tag.SOPInstanceUID));
		assertNotEquals(draft.getString(Tag.SeriesInstanceUID), preliminary.getString(Tag.SeriesInstanceUID));
	}

	@Test
	void whatTheSrNeedsIsChecked() throws Exception {
		Report noUid = sample("POST-01", ReportStatus.PRELIMINARY);
		noUid.getStudy().setStudyInstanceUid(null);
		SrExportException e = assertThrows(SrExportException.class, () -> new SrExporter().toDataSet(noUid));
		assertTrue(e.getMessage().contains("no valid Study Instance UID"), e.getMessage());
		Report unsigned = sample("POST-01", ReportStatus.FINAL);
		unsigned.setSigner(null);
		e = assertThrows(SrExportException.class, () -> new SrExporter().toDataSet(unsigned));
		assertTrue(e.getMessage().contains("signer"), e.getMessage());
	}

	@Test
	void nonAsciiTextIsUtf8() throws Exception {
		Report report = sample("INF-02", ReportStatus.FINAL);
		report.getPatient().setName("MÜLLER^JÜRGEN");
		report.getImpression().get(0).setText("Ödem L3–L4 — μ 5 mm; 日本語");
		Path file = export(report, "utf8.dcm");
		dciodvfy(file);
		String tree = dsrdump(file);
		assertTrue(tree.contains("Patient             : MÜLLER^JÜRGEN"), tree);
		assertTrue(tree.contains("Ödem L3–L4 — μ 5 mm; 日本語"), tree);
		assertTrue(Files.size(file) > 0);
	}
}
