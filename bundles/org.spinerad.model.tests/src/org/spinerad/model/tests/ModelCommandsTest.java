package org.spinerad.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.model.Report;
import org.spinerad.model.internal.cli.ConvertCommand;
import org.spinerad.model.io.ReportIO;
import org.spinerad.samples.SampleCases;

/** The CLI command convert, on real files ({@code validate} lives in the templates bundle). */
class ModelCommandsTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private CommandContext context() {
		return new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, dir);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void convertGoesBetweenXmiAndJsonWithoutLoss() throws Exception {
		Report report = Samples.infection();
		ReportIO.write(report, dir.resolve("r.xmi"));
		assertEquals(0, new ConvertCommand().run(List.of("--in", "r.xmi", "--out", "r.json"), context()));
		assertEquals(0, new ConvertCommand().run(List.of("--in", "r.json", "--out", "again.xmi"), context()));
		assertTrue(EcoreUtil.equals(report, ReportIO.read(dir.resolve("again.xmi"))));
		assertTrue(Files.readString(dir.resolve("r.json")).contains("\"eClass\" : \"http://spinerad.org/model/report/1.0#//Report\""));
	}

	@ParameterizedTest
	@FieldSource("org.spinerad.model.tests.CasesTest#IDS")
	void convertUpgradesEverySampleStoredAsVersionOne(String id) throws Exception {
		Report report = VersionOne.meaning(SampleCases.load(id));
		Files.writeString(dir.resolve(id + ".xmi"), VersionOne.text(report, ReportIO.Format.XMI));
		assertEquals(0, new ConvertCommand().run(List.of("--in", id + ".xmi", "--out", id + ".json"), context()));
		assertTrue(Files.readString(dir.resolve(id + ".json")).contains("\"formatVersion\" : 2"));
		assertTrue(EcoreUtil.equals(report, ReportIO.read(dir.resolve(id + ".json"))), id);
	}

	@Test
	void convertNeverOverwritesWithoutForceNorTouchesOnBadInput() throws Exception {
		ReportIO.write(Samples.infection(), dir.resolve("r.xmi"));
		Files.writeString(dir.resolve("taken.json"), "keep me");
		assertThrows(CliException.class,
				() -> new ConvertCommand().run(List.of("--in", "r.xmi", "--out", "taken.json"), context()));
		assertEquals("keep me", Files.readString(dir.resolve("taken.json")));
		Files.writeString(dir.resolve("broken.xmi"), "<oops");
		byte[] before = Files.readAllBytes(dir.resolve("taken.json"));
		assertThrows(CliException.class, () -> new ConvertCommand()
				.run(List.of("--in", "broken.xmi", "--out", "taken.json", "--force"), context()));
		assertArrayEquals(before, Files.readAllBytes(dir.resolve("taken.json")));
	}

	@Test
	void convertInPlaceOfAFindingOfUnknownClassFailsAndKeepsTheFile() throws Exception {
		String json = new String(ReportIO.toBytes(Samples.infection(), ReportIO.Format.JSON), StandardCharsets.UTF_8);
		String broken = json.replaceFirst("#//MarrowFinding\"", "#//MarowFinding\"");
		Files.writeString(dir.resolve("f.json"), broken);
		CliException e = assertThrows(CliException.class,
				() -> new ConvertCommand().run(List.of("--in", "f.json", "--out", "f.json", "--force"), context()));
		assertTrue(e.getMessage().contains("unknown class 'MarowFinding'"), e.getMessage());
		assertEquals(broken, Files.readString(dir.resolve("f.json")), "the finding stays in the file");
		CliException read = assertThrows(CliException.class,
				() -> new ConvertCommand().run(List.of("--in", "f.json", "--out", "g.xmi"), context()));
		assertTrue(read.getMessage().matches(".*f\\.json: line \\d+, column \\d+: .*"), read.getMessage());
	}
}
