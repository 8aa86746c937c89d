package org.spinerad.dicom.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.dicom.DataSet;
import org.spinerad.dicom.DicomReader;
import org.spinerad.dicom.Tag;
import org.spinerad.dicom.UIDs;
import org.spinerad.dicom.report.internal.SrExporter;
import org.spinerad.dicom.testing.Tools;
import org.spinerad.model.Addendum;
import org.spinerad.model.ImageReference;
import org.spinerad.model.Report;
import org.spinerad.model.ReportFactory;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.io.ReportIO;
import org.spinerad.samples.SampleCases;

/**
 * The SR names the images it describes (Current Requested Procedure Evidence,
 * from the import) and, as an addendum, the SR it replaces (Predecessor
 * Documents); dciodvfy, dsrdump and dcmdump read what we write.
 */
class SrReferencesTest {

	private static final String MR_STORAGE = "1.2.840.10008.5.1.4.1.1.4";

	@TempDir
	Path dir;

	/** Imports two series (two and one instances) of the test study into a sample report. */
	private Report imported(ReportStatus status) throws Exception {
		Path in = dir.resolve("in");
		StudyFiles.write(in.resolve("pre"), "IM1", StudyFiles.STUDY, 1, 1);
		StudyFiles.write(in.resolve("pre"), "IM2", StudyFiles.STUDY, 1, 2);
		StudyFiles.write(in.resolve("post"), "IM1", StudyFiles.STUDY, 2, 1);
		StudyImporter importer = StudyImporter.create(SrExporterTest.ZONE);
		ImportResult result = importer.importFrom(in);
		Report report = SrExporterTest.sample(SampleCases.IDS.get(0), status);
		importer.fill(report, result.studies().get(0));
		report.getPatient().setWeightKg(68.0); // 0.1 mmol/kg of the 1.0 M agent: the imported 6.8 mL
		return report;
	}

	private static Set<String> imported() {
		return Set.of(StudyFiles.STUDY + ".1.1", StudyFiles.STUDY + ".1.2", StudyFiles.STUDY + ".2.1");
	}

	private Path export(Report report, SrReference predecessor, String name) throws Exception {
		Path file = dir.resolve(name);
		Files.write(file, new SrExporter(SrExporterTest.ZONE, SrExporterTest.CLOCK).toBytes(report, predecessor,
				note -> {
				}));
		return file;
	}

	/** @return the values of a UI attribute as dcmdump prints them (with the NUL pad), at any depth */
	private static Set<String> uids(String dump, String tag) {
		Set<String> out = new TreeSet<>();
		Matcher m = Pattern.compile("\\(" + Pattern.quote(tag) + "\\) UI \\[([0-9.]+)\\x00?\\]").matcher(dump);
		while (m.find()) {
			out.add(m.group(1));
		}
		return out;
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
			n++;
		}
		return n;
	}

	@Test
	void theImportKeepsEveryInstanceAndItSurvivesSaving() throws Exception {
		Report report = imported(ReportStatus.FINAL);
		List<ImageReference> images = report.getStudy().getImages();
		assertEquals(3, images.size());
		for (ImageReference image : images) {
			assertEquals(MR_STORAGE, image.getSopClassUid());
			assertTrue(image.getSopInstanceUid().startsWith(image.getSeriesInstanceUid() + "."), image.toString());
		}
		Path saved = dir.resolve("report.json");
		ReportIO.write(report, saved);
		assertEquals(3, ReportIO.read(saved).getStudy().getImages().size());
	}

	@Test
	void evidenceNamesTheImportedStudySeriesAndInstances() throws Exception {
		Report report = imported(ReportStatus.FINAL);
		Path file = export(report, null, "final.dcm");
		SrExporterTest.dciodvfy(file);
		assertTrue(SrExporterTest.dsrdump(file).contains("Diagnostic Imaging Report"));
		String dump = Tools.dcmdump(file);
		assertTrue(dump.contains("CurrentRequestedProcedureEvidenceSequence"), dump);
		assertFalse(dump.contains("PredecessorDocumentsSequence"), dump);
		assertEquals(imported(), uids(dump, "0008,1155"));
		assertEquals(3, count(dump, "(0008,1150) UI =MRImageStorage"), dump); // dcmdump names known UIDs
		assertTrue(uids(dump, "0020,000e").containsAll(Set.of(StudyFiles.STUDY + ".1", StudyFiles.STUDY + ".2")));

		DataSet evidence = DicomReader.read(file).dataSet().getItem(Tag.CurrentRequestedProcedureEvidenceSequence);
		assertEquals(StudyFiles.STUDY, evidence.getString(Tag.StudyInstanceUID));
		List<DataSet> series = evidence.getSequence(Tag.ReferencedSeriesSequence);
		assertEquals(List.of(StudyFiles.STUDY + ".1", StudyFiles.STUDY + ".2"),
				series.stream().map(s -> s.getString(Tag.SeriesInstanceUID)).toList());
		assertEquals(List.of(2, 1), series.stream().map(s -> s.getSequence(Tag.ReferencedSOPSequence).size()).toList());
	}

	@Test
	void aStudyThatWasNotImportedHasNoEvidence() throws Exception {
		Path file = export(SrExporterTest.sample(SampleCases.IDS.get(0), ReportStatus.FINAL), null, "plain.dcm");
		SrExporterTest.dciodvfy(file);
		assertFalse(Tools.dcmdump(file).contains("CurrentRequestedProcedureEvidenceSequence"));
	}

	@Test
	void anAddendumIsANewVerifiedSrThatNamesItsPredecessor() throws Exception {
		Report report = imported(ReportStatus.PRELIMINARY);
		Path preliminary = export(report, null, "preliminary.dcm");
		DataSet pre = DicomReader.read(preliminary).dataSet();
		assertEquals("COMPLETE", pre.getString(Tag.CompletionFlag));
		assertEquals("UNVERIFIED", pre.getString(Tag.VerificationFlag));
		assertEquals("PRELIMINARY", pre.getString(Tag.PreliminaryFlag));

		Report signed = SrExporterTest.sample(SampleCases.IDS.get(0), ReportStatus.FINAL);
		signed.setStudy(report.getStudy());
		Path fin = export(signed, SrReference.read(preliminary), "final.dcm");
		SrExporterTest.dciodvfy(fin);
		DataSet finalSr = DicomReader.read(fin).dataSet();
		assertEquals("VERIFIED", finalSr.getString(Tag.VerificationFlag));
		assertEquals(1, finalSr.getSequence(Tag.VerifyingObserverSequence).size());

		Addendum addendum = ReportFactory.eINSTANCE.createAddendum();
		addendum.setAuthor("Dr. Second Reader");
		addendum.setCreatedAt(Date.from(Instant.parse("2026-11-03T08:05:00Z")));
		addendum.setText("Small annular fissure at L4-L5 also present.");
		signed.getAddenda().add(addendum);
		signed.setStatus(ReportStatus.AMENDED);
		Path amended = export(signed, SrReference.read(fin), "amended.dcm");

		String iod = SrExporterTest.dciodvfy(amended);
		assertTrue(iod.contains("ComprehensiveSR"), iod);
		String tree = SrExporterTest.dsrdump(amended);
		assertTrue(tree.contains("Addendum") && tree.contains("Small annular fissure at L4-L5 also present."), tree);
		String dump = Tools.dcmdump(amended);
		assertTrue(dump.contains("PredecessorDocumentsSequence"), dump);

		DataSet sr = DicomReader.read(amended).dataSet();
		assertNotEquals(finalSr.getString(Tag.SOPInstanceUID), sr.getString(Tag.SOPInstanceUID));
		assertTrue(UIDs.isValid(sr.getString(Tag.SOPInstanceUID)));
		DataSet predecessor = sr.getItem(Tag.PredecessorDocumentsSequence);
		assertEquals(StudyFiles.STUDY, predecessor.getString(Tag.StudyInstanceUID));
		DataSet series = predecessor.getItem(Tag.ReferencedSeriesSequence);
		assertEquals(finalSr.getString(Tag.SeriesInstanceUID), series.getString(Tag.SeriesInstanceUID));
		DataSet sop = series.getItem(Tag.ReferencedSOPSequence);
		assertEquals(UIDs.COMPREHENSIVE_SR_STORAGE, sop.getString(Tag.ReferencedSOPClassUID));
		assertEquals(finalSr.getString(Tag.SOPInstanceUID), sop.getString(Tag.ReferencedSOPInstanceUID));
		// the evidence is still the imported images, not the earlier SR
		Set<String> referenced = uids(dump, "0008,1155");
		referenced.remove(finalSr.getString(Tag.SOPInstanceUID));
		assertEquals(imported(), referenced);

		assertEquals("COMPLETE", sr.getString(Tag.CompletionFlag));
		assertEquals("VERIFIED", sr.getString(Tag.VerificationFlag));
		assertEquals("FINAL", sr.getString(Tag.PreliminaryFlag));
		List<DataSet> observers = sr.getSequence(Tag.VerifyingObserverSequence);
		assertEquals(2, observers.size());
		assertTrue(observers.get(1).getString(Tag.VerifyingObserverName).contains("Second Reader"));
		assertEquals("20261103", sr.getString(Tag.ContentDate));
	}

	@Test
	void aPredecessorWithoutUidsIsRefused() {
		Report report = SrExporterTest.sample(SampleCases.IDS.get(0), ReportStatus.FINAL);
		SrExportException e = assertThrows(SrExportException.class,
				() -> new SrExporter().toDataSet(report, new SrReference(null, "1.2", "1.2", "1.3"), n -> {
				}));
		assertTrue(e.getMessage().contains("earlier SR"), e.getMessage());
	}
}
