package org.spinerad.ui.tests.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.model.RegionKind;
import org.spinerad.store.ReportStore;
import org.spinerad.store.ReportSummary;
import org.spinerad.store.internal.FileReportStore;

/**
 * SIGKILL while typing: a second, real workstation types without pause into a
 * remark field; after three seconds of typing it is killed with SIGKILL, then
 * started again. It must say it closed unexpectedly and recover everything
 * typed more than one second before the kill.
 */
class TypingCrashTest {

	static final String APPLICATION = "org.spinerad.ui.tests.typingWorkstation";

	/** Typing before the kill: several autosave periods. */
	private static final long TYPING_NANOS = TimeUnit.SECONDS.toNanos(3);

	@TempDir
	Path temp;

	@Test
	void aWorkstationKilledWhileTheUserTypesLosesAtMostOneSecondOfTyping() throws Exception {
		Path workspace = Files.createDirectories(temp.resolve("workspace"));
		Process child = ChildWorkstation.start(APPLICATION, workspace, "type");
		List<Long> typedAt = new ArrayList<>(); // typedAt.get(i - 1): when key i was reported typed
		int base = -1;
		long killedAt = 0;
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			long firstKey = 0;
			while ((line = lines.readLine()) != null) {
				long now = System.nanoTime();
				if (line.startsWith("ready ")) {
					base = Integer.parseInt(line.substring("ready ".length()));
				} else if (line.startsWith("typed ")) {
					typedAt.add(now);
					firstKey = firstKey == 0 ? now : firstKey;
					if (now - firstKey >= TYPING_NANOS) {
						// SIGKILL (no shutdown hooks, no last save); unlike Process.destroyForcibly
						// this leaves the pipe open, to read what was printed before the kill
						child.toHandle().destroyForcibly();
						killedAt = System.nanoTime();
						break;
					}
				} else if (line.startsWith("failed ")) {
					throw new AssertionError("the typing workstation failed: " + line);
				}
			}
			while (killedAt != 0 && (line = lines.readLine()) != null) {
				if (line.startsWith("typed ")) {
					typedAt.add(killedAt); // written just before the kill
				}
			}
		} finally {
			child.destroyForcibly();
			assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the workstation ended");
		}
		assertTrue(killedAt != 0, "the workstation typed for " + TYPING_NANOS / 1_000_000 + " ms (typed "
				+ typedAt.size() + " keys, exit " + child.exitValue() + ")");
		assertEquals(137, child.exitValue(), "killed by SIGKILL");

		ReportStore store = new FileReportStore(workspace.resolve("store"));
		List<ReportSummary> drafts = store.recoverableDrafts();
		String remark = drafts.isEmpty() ? null : store.loadDraft(TypingWorkstation.REPORT_ID).getRegions().stream()
				.filter(r -> r.getKind() == RegionKind.BONE_MARROW).findFirst().orElseThrow().getRemark();
		String saved = remark == null ? "" : remark.substring(Math.min(base, remark.length()));
		for (int i = 1; i <= saved.length(); i++) {
			assertEquals(TypingWorkstation.key(i), saved.charAt(i - 1), "key " + i + " of the draft");
		}
		int typed = typedAt.size();
		int lost = typed - saved.length();
		long oneSecondBeforeKill = killedAt - TimeUnit.SECONDS.toNanos(1);
		int typedInLastSecond = (int) typedAt.stream().filter(t -> t > oneSecondBeforeKill).count();
		long lostMillis = lost == 0 ? 0 : (killedAt - typedAt.get(saved.length())) / 1_000_000;
		System.out.println("[typing crash] typed " + typed + " keys in " + TYPING_NANOS / 1_000_000 + " ms, draft holds "
				+ saved.length() + ", lost " + lost + " keys = the last " + lostMillis
				+ " ms; keys typed in the last second: " + typedInLastSecond);
		assertTrue(lost <= typedInLastSecond, "a kill loses at most the last second of typing: lost " + lost
				+ " keys (the last " + lostMillis + " ms), while " + typedInLastSecond + " were typed in the last second");
		assertEquals(List.of(TypingWorkstation.REPORT_ID), drafts.stream().map(ReportSummary::id).toList(),
				"the draft is offered for recovery at the next start");

		// start again: the workstation says it closed unexpectedly, and the report holds the draft after recovery
		Restart restart = Restart.run(workspace);
		assertTrue(restart.question().contains("closed unexpectedly"), restart.question());
		assertEquals(base + saved.length(), restart.recovered(), "the recovered report holds the draft");
	}
}
