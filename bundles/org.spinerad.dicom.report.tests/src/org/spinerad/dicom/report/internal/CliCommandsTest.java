package org.spinerad.dicom.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.dicom.DicomReader;
import org.spinerad.dicom.Tag;
import org.spinerad.dicom.testing.Tools;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.io.ReportIO;
import org.spinerad.samples.SampleCases;

/** The three commands, run as the command line runs them. */
class CliCommandsTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private CommandContext context() {
		return new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), dir);
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void importDicomPrintsStudiesAndBadFiles() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Tools.dump2dcm(in, "IM1", """
				(0008,0016) UI =MRImageStorage
				(0008,0018) UI [1.2.3.4.1]
				(0008,0020) DA [20261102]
				(0008,0060) CS [MR]
				(0008,103e) LO [sag T1]
				(0010,0010) PN [DOE^JANE]
				(0010,0020) LO [PID-1]
				(0020,000d) UI [1.2.3.4]
				(0020,000e) UI [1.2.3.4.9]
				(0020,0011) IS [3]
				""", "+te");
		Files.writeString(in.resolve("notes.txt"), "hello");
		int code = new ImportDicomCommand().run(List.of("in"), context());
		assertEquals(0, code);
		String text = output();
		assertTrue(text.contains("2 file(s) read, 1 study, 1 bad file(s)"), text);
		assertTrue(text.contains("study 1.2.3.4"), text);
		assertTrue(text.contains("patient: DOE^JANE, id PID-1"), text);
		assertTrue(text.contains("series 3 MR sag T1: 1 instance(s)"), text);
		assertTrue(text.contains("bad: " + in.resolve("notes.txt") + ": not a DICOM file"), text);
		CliException e = assertThrows(CliException.class,
				() -> new ImportDicomCommand().run(List.of("missing"), context()));
		assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
	}

	@Test
	void exportSrWritesAValidFile() throws Exception {
		var report = SampleCases.load("TUM-01");
		report.setStatus(ReportStatus.PRELIMINARY);
		Path reportFile = dir.resolve("tum01.json");
		ReportIO.write(report, reportFile);
		int code = new ExportSrCommand().run(List.of("--report", "tum01.json", "--out", "tum01.dcm"), context());
		assertEquals(0, code);
		Path sr = dir.resolve("tum01.dcm");
		String uid = DicomReader.read(sr).dataSet().getString(Tag.SOPInstanceUID);
		assertTrue(output().contains("wrote " + sr + " (SOP Instance UID " + uid + ")"), output());
		Tools.dcmdump(sr);
		CliException exists = assertThrows(CliException.class, () -> new ExportSrCommand()
				.run(List.of("--report", "tum01.json", "--out", "tum01.dcm"), context()));
		assertTrue(exists.getMessage().contains("--force"), exists.getMessage());
		report.getStudy().setStudyInstanceUid(null);
		ReportIO.write(report, reportFile);
		CliException noUid = assertThrows(CliException.class, () -> new ExportSrCommand()
				.run(List.of("--report", "tum01.json", "--out", "x.dcm"), context()));
		assertTrue(noUid.getMessage().contains("Study Instance UID"), noUid.getMessage());
	}

	@Test
	void stowToAnUnreachablePacsQueuesTheSr() throws Exception {
		var report = SampleCases.load("POST-01");
		report.setStatus(ReportStatus.PRELIMINARY);
		ReportIO.write(report, dir.resolve("post01.json"));
		String queue = dir.resolve("queue").toString();
		String previous = System.setProperty("spinerad.stow.queue", queue);
		try (java.net.ServerSocket closed = new java.net.ServerSocket(0)) {
			int port = closed.getLocalPort();
			closed.close();
			CliException e = assertThrows(CliException.class, () -> new StowCommand()
					.run(List.of("--report", "post01.json", "--url", "http://127.0.0.1:" + port + "/dicom-web"),
							context()));
			assertTrue(e.getMessage().contains("kept for retry") && e.getMessage().contains("cli stow --retry"),
					e.getMessage());
			assertEquals(2, Files.list(Path.of(queue)).count(), "the SR and its notes");
			CliException badUrl = assertThrows(CliException.class,
					() -> new StowCommand().run(List.of("--report", "post01.json", "--url", "ftp://x"), context()));
			assertTrue(badUrl.getMessage().contains("not an http(s) URL"), badUrl.getMessage());
		} finally {
			if (previous == null) {
				System.clearProperty("spinerad.stow.queue");
			} else {
				System.setProperty("spinerad.stow.queue", previous);
			}
		}
	}

	private static Path mkfifo(Path path) throws Exception {
		Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
		assertEquals(0, process.waitFor(), "mkfifo " + path);
		return path;
	}

	private String importDicom(String path) throws Exception {
		out.reset();
		new ImportDicomCommand().run(List.of(path), context());
		return output();
	}

	@Test
	void namedPipesAreListedAsBadAndNeverRead() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Tools.dump2dcm(in, "IM1", """
				(0008,0016) UI =MRImageStorage
				(0008,0018) UI [1.2.3.4.1]
				(0008,0060) CS [MR]
				(0020,000d) UI [1.2.3.4]
				(0020,000e) UI [1.2.3.4.9]
				""", "+te");
		Path fifo = mkfifo(in.resolve("pipe"));
		Files.createSymbolicLink(in.resolve("link-to-pipe"), fifo);
		Files.createSymbolicLink(in.resolve("dangling"), in.resolve("gone"));
		String text = importDicom("in");
		assertTrue(text.contains("1 file(s) read, 1 study, 3 bad file(s)"), text);
		assertTrue(text.contains("bad: " + fifo + ": not a regular file (a named pipe"), text);
		assertTrue(text.contains("bad: " + in.resolve("link-to-pipe") + ": not a regular file (a named pipe"), text);
		assertTrue(text.contains("bad: " + in.resolve("dangling") + ": a link to nothing"), text);

		text = importDicom("in/pipe");
		assertTrue(text.contains("0 file(s) read, 0 studies, 1 bad file(s)"), text);
		assertTrue(text.contains("only regular files are read"), text);
		text = importDicom("in/link-to-pipe");
		assertTrue(text.contains("only regular files are read"), text);
	}

	@Test
	void controlCharactersFromAFileNeverReachTheTerminal() throws Exception {
		Path in = Files.createDirectories(dir.resolve("in"));
		Tools.dump2dcm(in, "IM1", """
				(0008,0016) UI =MRImageStorage
				(0008,0018) UI [1.2.3.4.1]
				(0008,0020) DA [20\u0007\u000b\u001c26]
				(0008,0060) CS [MR]
				(0020,000d) UI [1.2.3.4]
				""", "+te");
		Files.writeString(in.resolve("x\u001b[2J\u001b]0;title\u0007.dcm"), "not DICOM");
		String text = importDicom("in");
		assertTrue(text.contains("'20^G^K^\\26' is not a Date"), text);
		assertTrue(text.contains("x^[[2J^[]0;title^G.dcm"), text);
		for (char c : text.toCharArray()) {
			assertTrue(c >= 0x20 || c == '\n', "no control character but the line ends: " + (int) c);
		}
	}

	@Test
	void aFinalThatFailsTheChecksOfSigningIsNotExported() throws Exception {
		var report = SampleCases.load("TUM-01");
		report.setStatus(ReportStatus.FINAL);
		report.setSigner("Dr. Example");
		report.setSignedAt(new java.util.Date());
		report.eAllContents().forEachRemaining(object -> {
			if (object instanceof org.spinerad.model.MarrowFinding marrow) {
				marrow.setCollapsePercent(-5000);
			}
		});
		ReportIO.write(report, dir.resolve("bad.json"));
		CliException refused = assertThrows(CliException.class, () -> new ExportSrCommand()
				.run(List.of("--report", "bad.json", "--out", "bad.dcm"), context()));
		assertTrue(refused.getMessage().contains("fails the checks of signing"), refused.getMessage());
		assertTrue(refused.getMessage().contains("-5000"), refused.getMessage());
		assertTrue(Files.notExists(dir.resolve("bad.dcm")));
	}

	@Test
	void controlCharactersInTheReportAreReplacedInTheSrAndSaidSo() throws Exception {
		var report = SampleCases.load("TUM-01");
		report.setStatus(ReportStatus.PRELIMINARY);
		report.getPatient().setName("DOE\u0000\u001b[2J^JANE\u0007");
		report.getRecommendations().add("Follow up\u000b\u001c in 6 weeks\nsecond\u000cline");
		ReportIO.write(report, dir.resolve("ctrl.json"));
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), dir);
		assertEquals(0, new ExportSrCommand().run(List.of("--report", "ctrl.json", "--out", "ctrl.dcm"), context));
		String note = err.toString(StandardCharsets.UTF_8);
		assertTrue(note.startsWith("note: 5 control character(s)"), note);
		var sr = DicomReader.read(dir.resolve("ctrl.dcm")).dataSet();
		assertEquals("DOE\uFFFD\uFFFD[2J^JANE\uFFFD", sr.getString(Tag.PatientName));
		Tools.dcmdump(dir.resolve("ctrl.dcm"));
		byte[] bytes = Files.readAllBytes(dir.resolve("ctrl.dcm"));
		String all = new String(bytes, StandardCharsets.ISO_8859_1);
		assertTrue(all.contains("Follow up\u00ef\u00bf\u00bd\u00ef\u00bf\u00bd in 6 weeks\nsecond\fline"),
				"UT keeps LF and FF, replaces VT and FS");
	}
}
