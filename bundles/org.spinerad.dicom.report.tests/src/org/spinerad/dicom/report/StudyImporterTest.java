package org.spinerad.dicom.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.dicom.report.internal.ReportFiller;
import org.spinerad.dicom.testing.Tools;
import org.spinerad.model.ContrastAgent;
import org.spinerad.model.ContrastRoute;
import org.spinerad.model.Plane;
import org.spinerad.model.Report;
import org.spinerad.model.Sequence;
import org.spinerad.model.Sex;
import org.spinerad.model.SpineSegment;
import org.spinerad.model.Weighting;
import org.spinerad.model.query.Reports;

/** Import from folders and DICOMDIRs of files made by dump2dcm and dcmmkdir. */
class StudyImporterTest {

	private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");

	@TempDir
	Path dir;

	/** Two series of the test study in nested folders, another study, and bad files. */
	private Path folder() throws Exception {
		Path root = dir.resolve("in");
		StudyFiles.write(root.resolve("a/pre"), "IM1", StudyFiles.STUDY, 1, 1);
		StudyFiles.write(root.resolve("a/pre"), "IM2", StudyFiles.STUDY, 1, 2);
		StudyFiles.write(root.resolve("a/post/deeper"), "IM1", StudyFiles.STUDY, 2, 1);
		StudyFiles.write(root.resolve("b"), "IM1", "1.2.826.0.1.3680043.2.1125.78", 1, 1);
		Path good = StudyFiles.write(root.resolve("bad"), "IM9", StudyFiles.STUDY, 1, 9);
		byte[] bytes = Files.readAllBytes(good);
		Files.write(good, Arrays.copyOf(bytes, bytes.length - 20)); // truncated in the pixel data
		Files.writeString(root.resolve("bad/readme.txt"), "not an image, " + "x".repeat(200));
		Tools.dump2dcm(root.resolve("bad"), "NOSTUDY", """
				(0008,0016) UI =MRImageStorage
				(0008,0018) UI [1.2.3.99]
				(0010,0010) PN [NO^STUDY]
				""", "+te");
		return root;
	}

	@Test
	void groupsByStudyAndListsBadFiles() throws Exception {
		ImportResult result = StudyImporter.create(ZONE).importFrom(folder());
		assertEquals(7, result.filesRead());
		assertEquals(2, result.studies().size(), result.toString());
		ImportedStudy study = result.studies().stream().filter(s -> s.studyInstanceUid().equals(StudyFiles.STUDY))
				.findFirst().orElseThrow();
		assertEquals("MÜLLER^JÜRGEN", study.patientName());
		assertEquals("PID-77", study.patientId());
		assertEquals(LocalDate.of(1965, 4, 12), study.birthDate());
		assertEquals(LocalDateTime.of(2026, 11, 2, 8, 40), study.studyDateTime());
		assertEquals("Spital Zürich Süd", study.institution());
		assertEquals(3, study.instanceCount());
		assertEquals(List.of("MR"), study.modalities());
		assertEquals(2, study.series().size());
		ImportedSeries pre = study.series().get(0);
		ImportedSeries post = study.series().get(1);
		assertEquals("sag T1", pre.description());
		assertFalse(pre.postContrast());
		assertEquals(2, pre.instances());
		assertTrue(post.postContrast());
		assertEquals(Plane.SAGITTAL, post.plane());
		assertTrue(post.fatSuppressed());
		assertEquals(3.0, post.fieldStrengthTesla());
		assertEquals("Gadovist 1.0", study.contrastAgent());
		assertEquals(LocalDateTime.of(2026, 11, 2, 9, 0), study.contrastStart());

		List<BadFile> bad = result.badFiles();
		assertEquals(3, bad.size(), bad.toString());
		assertEquals("IM9", bad.get(0).file().getFileName().toString());
		assertTrue(bad.get(0).reason().contains("PixelData exceeds"), bad.get(0).reason());
		assertTrue(bad.get(0).reason().contains("offset"), bad.get(0).reason());
		assertEquals("NOSTUDY", bad.get(1).file().getFileName().toString());
		assertTrue(bad.get(1).reason().contains("no Study Instance UID"), bad.get(1).reason());
		assertTrue(bad.get(2).reason().contains("not a DICOM"), bad.get(2).reason());
	}

	@Test
	void fillsTheReportContext() throws Exception {
		ImportResult result = StudyImporter.create(ZONE).importFrom(folder());
		ImportedStudy study = result.studies().stream().filter(s -> s.studyInstanceUid().equals(StudyFiles.STUDY))
				.findFirst().orElseThrow();
		Report report = Reports.newDraft("Dr. Test");
		StudyImporter.create(ZONE).fill(report, study);
		assertEquals("MÜLLER^JÜRGEN", report.getPatient().getName());
		assertEquals(Sex.MALE, report.getPatient().getSex());
		assertEquals(82.0, report.getPatient().getWeightKg());
		assertEquals(LocalDate.of(1965, 4, 12),
				report.getPatient().getBirthDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate());
		assertEquals(StudyFiles.STUDY, report.getStudy().getStudyInstanceUid());
		assertEquals("ACC-77", report.getStudy().getAccessionNumber());
		assertEquals(LocalDateTime.of(2026, 11, 2, 8, 40).atZone(ZONE).toInstant(),
				report.getStudy().getStudyDateTime().toInstant());
		assertEquals("NOVAK^SARA", report.getStudy().getReferringPhysician());
		assertEquals(SpineSegment.LUMBAR, report.getExam().getRegionImaged());
		assertEquals(3.0, report.getExam().getFieldStrengthTesla());
		List<Sequence> sequences = report.getExam().getSequences();
		assertEquals(2, sequences.size());
		assertFalse(sequences.get(0).isPostContrast());
		assertEquals(Weighting.T1, sequences.get(0).getWeighting());
		assertTrue(sequences.get(1).isPostContrast());
		assertEquals("sag T1 FS post", sequences.get(1).getName());
		assertEquals(5.0, sequences.get(1).getMinutesAfterInjection(), "09:05 acquisition, 09:00 injection");
		assertEquals(ContrastAgent.GADOBUTROL, report.getExam().getContrast().getAgent());
		assertEquals(ContrastRoute.INTRAVENOUS, report.getExam().getContrast().getRoute());
		assertEquals(6.8, report.getExam().getContrast().getVolumeMl());
		assertEquals(5.0, report.getExam().getContrast().getMinutesAfterInjection());
	}

	/**
	 * The order's clinical indication and priority reach the header, wherever the
	 * modality put them: at the top level or in the Request Attributes Sequence,
	 * in explicit or implicit VR, or only in the retired attributes.
	 */
	@Test
	void fillsTheIndicationAndPriorityOfTheOrder() throws Exception {
		Path in = dir.resolve("orders");
		StudyFiles.writeWithOrder(in, "TOP", "1.2.826.0.1.3680043.2.1125.91", """
				(0008,1080) LO [Breast cancer 2019\\Osteoporosis]
				(0040,1002) LO [New thoracic back pain, known breast cancer]
				(0040,1003) SH [STAT]
				""", "+te");
		StudyFiles.writeWithOrder(in, "SEQ", "1.2.826.0.1.3680043.2.1125.92", """
				(0040,0275) SQ (Sequence with undefined length #=1)
				  (fffe,e000) na (Item with undefined length #=2)
				    (0040,1002) LO [Fever and lumbar pain, suspected spondylodiscitis]
				    (0040,1003) SH [HIGH]
				  (fffe,e00d) na (ItemDelimitationItem)
				(fffe,e0dd) na (SequenceDelimitationItem)
				""", "+ti");
		StudyFiles.writeWithOrder(in, "OLD", "1.2.826.0.1.3680043.2.1125.93", """
				(0032,000c) CS [LOW]
				(0032,1030) LO [Follow-up after L4-L5 discectomy]
				""", "+ti");
		StudyFiles.writeWithOrder(in, "NONE", "1.2.826.0.1.3680043.2.1125.94", "", "+te");
		ImportResult result = StudyImporter.create(ZONE).importFrom(in);
		assertTrue(result.badFiles().isEmpty(), result.badFiles().toString());

		Report top = filled(result, "1.2.826.0.1.3680043.2.1125.91");
		assertEquals("New thoracic back pain, known breast cancer; Breast cancer 2019; Osteoporosis",
				top.getStudy().getClinicalIndication());
		assertEquals(org.spinerad.model.StudyPriority.STAT, top.getStudy().getPriority());

		Report sequence = filled(result, "1.2.826.0.1.3680043.2.1125.92");
		assertEquals("Fever and lumbar pain, suspected spondylodiscitis", sequence.getStudy().getClinicalIndication(),
				"the reason inside the Request Attributes Sequence, read in implicit VR");
		assertEquals(org.spinerad.model.StudyPriority.URGENT, sequence.getStudy().getPriority(), "HIGH is urgent");

		Report old = filled(result, "1.2.826.0.1.3680043.2.1125.93");
		assertEquals("Follow-up after L4-L5 discectomy", old.getStudy().getClinicalIndication());
		assertEquals(org.spinerad.model.StudyPriority.ROUTINE, old.getStudy().getPriority(), "LOW is routine");

		Report none = filled(result, "1.2.826.0.1.3680043.2.1125.94");
		assertNull(none.getStudy().getClinicalIndication());
		assertFalse(none.getStudy().isSetPriority(), "no priority ordered: none guessed");
		assertNull(ReportFiller.priority("SOON"), "an unknown code sets nothing");
	}

	private static Report filled(ImportResult result, String studyUid) {
		ImportedStudy study = result.studies().stream().filter(s -> s.studyInstanceUid().equals(studyUid)).findFirst()
				.orElseThrow();
		Report report = Reports.newDraft("Dr. Test");
		StudyImporter.create(ZONE).fill(report, study);
		return report;
	}

	@Test
	void importsFromADicomdirAndListsMissingFiles() throws Exception {
		Path media = dir.resolve("media");
		StudyFiles.write(media.resolve("IMAGES"), "IM00001", StudyFiles.STUDY, 1, 1, "+te");
		StudyFiles.write(media.resolve("IMAGES"), "IM00002", StudyFiles.STUDY, 2, 1, "+te");
		StudyFiles.write(media.resolve("IMAGES"), "IM00003", StudyFiles.STUDY, 2, 2, "+te");
		Tools.Result made = Tools.run("dcmmkdir", "+id", media.toString(), "+r", "+I", "+D",
				media.resolve("DICOMDIR").toString(), "IMAGES");
		assertEquals(0, made.exitCode(), made.all());
		// general-purpose media hold Explicit VR Little Endian files only, hence +te above
		assertEquals(3, org.spinerad.dicom.Dicomdir.read(media.resolve("DICOMDIR")).records("IMAGE").size(), made.all());
		Files.delete(media.resolve("IMAGES/IM00003"));
		ImportResult result = StudyImporter.create(ZONE).importFrom(media.resolve("DICOMDIR"));
		assertEquals(1, result.studies().size());
		assertEquals(2, result.studies().get(0).instanceCount());
		assertEquals(1, result.badFiles().size());
		assertTrue(result.badFiles().get(0).reason().contains("referenced by the DICOMDIR (IMAGES\\IM00003) but missing"),
				result.badFiles().get(0).reason());
		// the same media as a folder: the DICOMDIR itself is neither a study nor a bad file
		ImportResult asFolder = StudyImporter.create(ZONE).importFrom(media);
		assertEquals(2, asFolder.studies().get(0).instanceCount());
		assertTrue(asFolder.badFiles().isEmpty(), asFolder.badFiles().toString());
	}

	@Test
	void regionsCombineOverSeries() {
		assertEquals(SpineSegment.WHOLE_SPINE, ReportFiller.region(List.of(series("CSPINE", null),
				series("LSPINE", null))));
		assertEquals(SpineSegment.THORACOLUMBAR, ReportFiller.region(List.of(series("TSPINE", null),
				series(null, "sag T2 lumbar"))));
		assertEquals(SpineSegment.LUMBOSACRAL, ReportFiller.region(List.of(series("LSSPINE", null))));
		assertNull(ReportFiller.region(List.of(series("HEAD", "brain"))));
		assertEquals(ContrastAgent.GADOTERATE_MEGLUMINE, ReportFiller.agent("Dotarem 0.5 mmol/ml"));
		assertEquals(ContrastAgent.OTHER, ReportFiller.agent("Magnevist"));
	}

	private static ImportedSeries series(String bodyPart, String description) {
		return new ImportedSeries("1.2", 1, "MR", description, bodyPart, null, null, false, Plane.OTHER,
				Weighting.OTHER, false, null, 1);
	}
}
