package org.spinerad.ui.tests.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workstation that types and then quits with unsaved changes keeps them as a
 * draft, and the next start offers them without calling the quit a crash.
 */
class CleanQuitTest {

	@TempDir
	Path temp;

	@Test
	void aCleanQuitIsNotReportedAsACrash() throws Exception {
		Path workspace = Files.createDirectories(temp.resolve("workspace"));
		Process child = ChildWorkstation.start(TypingCrashTest.APPLICATION, workspace, "quit");
		int base = -1;
		boolean quit = false;
		boolean ended = false;
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.startsWith("ready ")) {
					base = Integer.parseInt(line.substring("ready ".length()));
				}
				if (line.equals("quit")) {
					quit = true;
					break;
				}
				if (line.startsWith("failed ")) {
					throw new AssertionError("the typing workstation failed: " + line);
				}
			}
			ended = child.waitFor(60, TimeUnit.SECONDS);
		} finally {
			child.destroyForcibly();
		}
		assertTrue(quit, "the workstation typed and quit");
		assertTrue(ended, "the workstation closed");
		assertEquals(0, child.exitValue(), "a clean exit");

		Restart restart = Restart.run(workspace);
		assertFalse(restart.question().contains("unexpectedly"), restart.question());
		assertTrue(restart.question().contains("when the workstation was last closed"), restart.question());
		assertEquals(base + TypingWorkstation.QUIT_AFTER, restart.recovered(), "the typing before the quit is kept");
	}
}
