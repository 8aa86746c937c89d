package org.spinerad.dictation.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.dictation.internal.Fixtures;
import org.spinerad.dictation.internal.SphinxRecognizer;
import org.spinerad.model.EpiduralFinding;
import org.spinerad.model.RegionKind;
import org.spinerad.model.Report;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.query.Reports;
import org.spinerad.templates.infection.internal.InfectionTemplate;

/** {@code cli dictate} on real report files, typed and spoken. */
class DictateCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final DictateCommand command = new DictateCommand();
	private final SphinxRecognizer recognizer = Fixtures.recognizer();

	@BeforeEach
	void setUp() throws Exception {
		command.dictation = Fixtures.dictation();
		command.recognizer = recognizer;
		Report report = Reports.newDraft("test");
		report.setTemplateId(new InfectionTemplate().id());
		ReportIO.write(report, dir.resolve("r.json"));
	}

	@AfterEach
	void stopDecoders() {
		recognizer.close();
	}

	private int run(String... args) throws Exception {
		return command.run(List.of(args), new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, dir));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void typedPhrasePrintsEachEditAndWritesTheReport() throws Exception {
		assertEquals(0, run("--report", "r.json", "--text", "L3-L4 epidural abscess, 5 millimetres thick, cord compressed",
				"--out", "edited.json"), out());
		assertEquals("""
				epidural L3-L4 classification = abscess
				epidural L3-L4 maxThicknessMm = 5
				epidural L3-L4 remark = cord compressed
				not placed: 'cord': a second region in one phrase: dictate it separately
				not placed: 'cord compressed': not understood, kept in the remark
				""", out());
		Report edited = ReportIO.read(dir.resolve("edited.json"));
		EpiduralFinding f = (EpiduralFinding) Reports.region(edited, RegionKind.EPIDURAL).get().getFindings().get(0);
		assertEquals("L3-L4", f.getFrom().toString());
		assertEquals("cord compressed", f.getRemark());
	}

	@Test
	void aHeaderPhraseSetsTheClinicalHeader() throws Exception {
		assertEquals(0, run("--report", "r.json", "--text", "neurological status deficit known primary breast",
				"--out", "edited.json"), out());
		assertEquals("""
				clinical.neurologicalStatus = deficit
				clinical.knownPrimaryCancer = breast
				""", out());
		Report edited = ReportIO.read(dir.resolve("edited.json"));
		assertEquals("breast", edited.getClinical().getKnownPrimaryCancer());
	}

	@Test
	void nothingUnderstoodExitsWithOneAndWritesNothing() throws Exception {
		assertEquals(1, run("--report", "r.json", "--text", "good morning everybody", "--out", "edited.json"));
		assertTrue(out().startsWith("not placed: "), out());
		assertFalse(Files.exists(dir.resolve("edited.json")));
	}

	@Test
	void spokenPhraseIsRecognizedOffline() throws Exception {
		Fixtures.speak(dir, "spoken", "en-us", "normal cord");
		assertEquals(0, run("--report", "r.json", "--audio", "spoken.wav"), out());
		assertTrue(out().matches("heard: normal cord \\(confidence [01]\\.\\d\\d\\)\ncord_roots_meninges normal = true\n"), out());
	}

	@Test
	void textAndAudioTogetherAreRefused() {
		CliException e = assertThrows(CliException.class, () -> run("--report", "r.json", "--text", "x", "--audio", "y.wav"));
		assertTrue(e.getMessage().contains("either --text"), e.getMessage());
	}
}
