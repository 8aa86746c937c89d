package org.spinerad.ui.tests.typing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Starts the workstation again on a workspace in {@code recover} mode: what it
 * asked at start, and the length of the remark typed into after answering Yes.
 */
record Restart(String question, int recovered) {

	static Restart run(Path workspace) throws Exception {
		Process child = ChildWorkstation.start(TypingCrashTest.APPLICATION, workspace, "recover");
		String question = null;
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.startsWith("question ")) {
					question = line.substring("question ".length());
				} else if (line.startsWith("recovered ")) {
					if (question == null) {
						throw new AssertionError("no recovery question was asked at start");
					}
					return new Restart(question, Integer.parseInt(line.substring("recovered ".length())));
				} else if (line.startsWith("failed ")) {
					throw new AssertionError("the restarted workstation failed: " + line);
				}
			}
			throw new AssertionError("the restarted workstation ended without recovering (question: " + question + ")");
		} finally {
			child.destroyForcibly();
			child.waitFor(30, TimeUnit.SECONDS);
		}
	}
}
