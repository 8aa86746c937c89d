package org.spinerad.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.Report;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIO.Format;
import org.spinerad.model.io.ReportIOException;

class ReportIOTest {

	@TempDir
	Path dir;

	private static Report read(String text, Format format) throws ReportIOException {
		return ReportIO.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, "input");
	}

	@Test
	void xmiRoundTripKeepsEverything() throws Exception {
		Report report = Samples.infection();
		Path file = dir.resolve("r.xmi");
		ReportIO.write(report, file);
		Report back = ReportIO.read(file);
		assertTrue(EcoreUtil.equals(report, back), "the report read back equals the one written");
		EpiduralFinding epidural = (EpiduralFinding) back.getImpression().get(0).getFindings().get(0);
		assertEquals("F3", epidural.getId());
		assertSame(back, EcoreUtil.getRootContainer(epidural), "impression links resolve inside the report");
		assertEquals("Remark kept verbatim: crowding of cauda equina roots.", epidural.getRemark());
		String xml = Files.readString(file);
		assertTrue(xml.contains("formatVersion=\"2\""), "every file carries its format version");
		assertTrue(xml.contains("from=\"L3-L4\""), "levels are stored in canonical form");
	}

	@Test
	void jsonRoundTripKeepsEverything() throws Exception {
		Report report = Samples.infection();
		Path file = dir.resolve("r.json");
		ReportIO.write(report, file);
		Files.createDirectories(Path.of("target"));
		Files.copy(file, Path.of("target", "sample-infection.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		Report back = ReportIO.read(file);
		assertTrue(EcoreUtil.equals(report, back));
	}

	@Test
	void xmiAndJsonConvertIntoEachOther() throws Exception {
		Report report = Samples.infection();
		Report viaJson = read(new String(ReportIO.toBytes(report, Format.JSON), StandardCharsets.UTF_8), Format.JSON);
		Report viaBoth = read(new String(ReportIO.toBytes(viaJson, Format.XMI), StandardCharsets.UTF_8), Format.XMI);
		assertTrue(EcoreUtil.equals(report, viaBoth));
	}

	@Test
	void malformedXmiGivesOneClearErrorWithLine() {
		ReportIOException e = assertThrows(ReportIOException.class,
				() -> read("<?xml version=\"1.0\"?>\n<report:Report xmlns:report=\"http://spinerad.org/model/report/1.0\"\n id=\"x\">\n<patient", Format.XMI));
		assertTrue(e.getMessage().startsWith("input: line "), e.getMessage());
	}

	@Test
	void foreignXmiIsNotAReport() {
		ReportIOException e = assertThrows(ReportIOException.class, () -> read(
				"<?xml version=\"1.0\"?>\n<lib:Library xmlns:lib=\"http://example.org/library\" name=\"x\"/>",
				Format.XMI));
		assertTrue(e.getMessage().contains("http://example.org/library") || e.getMessage().contains("Library"),
				e.getMessage());
	}

	@Test
	void unknownXmiFeatureIsRefused() {
		ReportIOException e = assertThrows(ReportIOException.class, () -> read(
				"<?xml version=\"1.0\"?>\n<report:Report xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" xmlns:report=\"http://spinerad.org/model/report/1.0\" id=\"x\" colour=\"red\"/>",
				Format.XMI));
		assertTrue(e.getMessage().contains("colour"), e.getMessage());
	}

	@Test
	void malformedAndForeignJsonAreRefused() {
		assertThrows(ReportIOException.class, () -> read("{\"eClass\": ", Format.JSON));
		assertThrows(ReportIOException.class, () -> read("[1, 2, 3]", Format.JSON));
		ReportIOException foreign = assertThrows(ReportIOException.class,
				() -> read("{\"eClass\": \"http://spinerad.org/model/report/1.0#//Patient\", \"name\": \"X\"}", Format.JSON));
		assertTrue(foreign.getMessage().contains("not a Report"), foreign.getMessage());
		assertThrows(ReportIOException.class, () -> read(
				"{\"eClass\": \"http://spinerad.org/model/report/1.0#//Report\", \"colour\": \"red\"}", Format.JSON));
	}

	@Test
	void newerFormatVersionIsRefused() {
		ReportIOException e = assertThrows(ReportIOException.class, () -> read(
				"<?xml version=\"1.0\"?>\n<report:Report xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" xmlns:report=\"http://spinerad.org/model/report/1.0\" id=\"x\" formatVersion=\"9\"/>",
				Format.XMI));
		assertTrue(e.getMessage().contains("format version 9"), e.getMessage());
	}

	@Test
	void badInputChangesNothingOnDisk() throws Exception {
		Path file = dir.resolve("broken.xmi");
		byte[] content = "<not-a-report".getBytes(StandardCharsets.UTF_8);
		Files.write(file, content);
		assertThrows(ReportIOException.class, () -> ReportIO.read(file));
		assertArrayEquals(content, Files.readAllBytes(file));
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count(), "no temporary or partial file is left behind");
		}
	}

	@Test
	void unknownExtensionIsAUserError() {
		ReportIOException e = assertThrows(ReportIOException.class, () -> ReportIO.read(dir.resolve("r.txt")));
		assertTrue(e.getMessage().contains(".xmi or .json"));
		assertFalse(Files.exists(dir.resolve("r.txt")));
	}

	@Test
	void aVersionOneReportReadsWithTheMeaningItHad() throws Exception {
		Report report = Samples.infection();
		report.getImpression().get(0).setCategory(org.spinerad.model.ImpressionCategory.CORD_COMPRESSION);
		Path file = dir.resolve("v1.xmi");
		ReportIO.write(report, file);
		// version 1 left the then-default category out of the file, exactly as version 2 leaves out 'unassigned'
		String v1 = Files.readString(file).replace("formatVersion=\"2\"", "formatVersion=\"1\"");
		Files.writeString(file, v1.replaceAll(" category=\"cord_compression\"", ""));
		Report back = ReportIO.read(file);
		assertEquals(org.spinerad.model.ImpressionCategory.CORD_COMPRESSION, back.getImpression().get(0).getCategory(),
				"an item without a category in version 1 was the most urgent one and stays so");
		assertEquals(ReportIO.FORMAT_VERSION, back.getFormatVersion());
		Files.writeString(file, Files.readString(file).replace("formatVersion=\"1\"", "formatVersion=\"2\""));
		assertEquals(org.spinerad.model.ImpressionCategory.UNASSIGNED,
				ReportIO.read(file).getImpression().get(0).getCategory(), "in version 2 it is unassigned");
	}
}
