package org.spinerad.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.model.tests.FuzzRun.Outcome;

/**
 * A bounded fuzz run: 500 seeded mutations of the example cases through
 * reading, validation and conversion. The 10,000-input run with rendering is
 * the harness {@code releng/benchmarks/.../ReportFuzz}.
 */
class FuzzTest {

	@TempDir
	Path dir;

	@Test
	void mutatedReportsNeverHangFailInternallyChangeTheirInputOrConnect() throws Exception {
		try (Catcher catcher = new Catcher()) {
			FuzzRun run = new FuzzRun(dir, null, 10_000);
			Map<Outcome, Integer> counts = run.run(16, 500, catcher.url("").replaceAll("/$", ""));
			assertEquals(0, counts.get(Outcome.HANG), counts.toString());
			assertEquals(0, counts.get(Outcome.INTERNAL_ERROR), counts + " " + run.firstInternal());
			assertEquals(0, counts.get(Outcome.INPUT_CHANGED), counts.toString());
			assertEquals(0, catcher.connections(), "connections to the catcher");
		}
	}
}
