package org.spinerad.distribution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.distribution.DistributionService;
import org.spinerad.model.Report;
import org.spinerad.model.io.ReportIO;
import org.spinerad.store.ReportStore;

/** {@code cli status}: the state per channel of a report given by file or id. */
class StatusCommandTest {

	@TempDir
	Path dir;

	@Test
	void printsOneLinePerChannelByFileOrId() throws Exception {
		Fixtures.risEndpoint(null, null);
		DistributionService service = Fixtures.service(DistributionService.class);
		Report report = Fixtures.signedFinal("status");
		Fixtures.service(ReportStore.class).save(report);
		service.distribute(report);
		assertTrue(Fixtures.reaches(service, report.getId(), "ris", Stage.NOT_SENT));
		ReportIO.write(report, dir.resolve("report.json"));

		StatusCommand command = new StatusCommand();
		command.distribution = service;
		for (String argument : List.of("report.json", report.getId())) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
					System.err, dir);
			assertEquals(CliCommand.USER_ERROR, command.run(List.of("--report", argument), context),
					"a channel needs attention");
			String text = out.toString(StandardCharsets.UTF_8);
			assertTrue(text.lines().anyMatch(l -> l.startsWith("ris    F    not sent   RIS not configured")), text);
			assertTrue(text.lines().anyMatch(l -> l.startsWith("pacs   F    not sent   PACS not configured")), text);
		}
		CommandContext quiet = new CommandContext(System.out, System.err, dir);
		assertTrue(assertThrows(CliException.class, () -> command.run(List.of("--report", "never-signed"), quiet))
				.getMessage().contains("never sent"));
	}
}
