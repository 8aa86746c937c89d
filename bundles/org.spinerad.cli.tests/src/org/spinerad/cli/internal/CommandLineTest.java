package org.spinerad.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;

class CommandLineTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("/tmp"));

	/** A command of this test that fails the way a buggy command would. */
	private static final class BrokenCommand implements CliCommand {
		@Override
		public String name() {
			return "broken";
		}

		@Override
		public String summary() {
			return "Always fails";
		}

		@Override
		public String usage() {
			return "Usage: broken\n";
		}

		@Override
		public int run(List<String> args, CommandContext context) throws Exception {
			if (args.contains("--user")) {
				throw new CliException("broken: the file x.xmi is\nnot a report");
			}
			throw new IllegalStateException("bug");
		}
	}

	/** The commands registered as OSGi services in this running framework. */
	private static List<CliCommand> registeredCommands() throws Exception {
		BundleContext bundleContext = FrameworkUtil.getBundle(CommandLineTest.class).getBundleContext();
		ServiceTracker<CliCommand, CliCommand> tracker = new ServiceTracker<>(bundleContext, CliCommand.class, null);
		tracker.open();
		try {
			tracker.waitForService(Duration.ofSeconds(10).toMillis());
			List<CliCommand> commands = new ArrayList<>();
			for (ServiceReference<CliCommand> reference : tracker.getServiceReferences()) {
				commands.add(bundleContext.getService(reference));
			}
			return commands;
		} finally {
			tracker.close();
		}
	}

	private int run(List<CliCommand> commands, String... args) {
		return new CommandLine(commands).run(List.of(args), context);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void helpListsTheRegisteredCommandsAndExitCodes() throws Exception {
		List<CliCommand> commands = registeredCommands();
		assertTrue(commands.stream().anyMatch(c -> c.name().equals("version")), "version is a DS service");
		assertEquals(0, run(commands, "--help"));
		assertTrue(out().contains("version  "), out());
		assertTrue(out().contains("Print the product version"));
		assertTrue(out().contains("1  user error"));
		assertTrue(out().contains("2  internal error"));
		assertEquals("", err());
	}

	@Test
	void versionPrintsTheBundleVersion() throws Exception {
		assertEquals(0, run(registeredCommands(), "version"));
		String version = FrameworkUtil.getBundle(CommandLine.class).getVersion().toString();
		assertEquals("spinerad " + version + "\n", out());
	}

	@Test
	void helpOfOneCommand() throws Exception {
		assertEquals(0, run(registeredCommands(), "help", "version"));
		assertTrue(out().startsWith("Usage: spinerad cli version"));
		out.reset();
		assertEquals(0, run(registeredCommands(), "version", "--help"));
		assertTrue(out().startsWith("Usage: spinerad cli version"));
	}

	@Test
	void unknownCommandIsAUserErrorOnOneLine() throws Exception {
		assertEquals(1, run(registeredCommands(), "rendr"));
		assertEquals("error: unknown command 'rendr'; run 'spinerad cli --help' to list the commands\n", err());
		assertEquals("", out());
	}

	@Test
	void unknownOptionIsAUserError() throws Exception {
		assertEquals(1, run(registeredCommands(), "version", "--colour"));
		assertTrue(err().startsWith("error: version: unknown option --colour"), err());
	}

	@Test
	void userErrorsAreOneLineAndInternalErrorsExitWithTwo() {
		List<CliCommand> commands = List.of(new BrokenCommand());
		assertEquals(1, run(commands, "broken", "--user"));
		assertEquals("error: broken: the file x.xmi is not a report\n", err());
		err.reset();
		assertEquals(2, run(commands, "broken"));
		assertTrue(err().startsWith("internal error in 'broken': IllegalStateException: bug"), err());
	}

	@Test
	void duplicateCommandNamesAreRefused() {
		assertThrows(IllegalStateException.class,
				() -> new CommandLine(List.of(new BrokenCommand(), new BrokenCommand())));
	}

	@Test
	void optionsParseValuesSwitchesAndPositionals() throws Exception {
		Options options = Options.parse(List.of("--report", "a.xmi", "--out=b.json", "--force", "extra"),
				Set.of("report", "out"), Set.of("force"), "convert");
		assertEquals("a.xmi", options.require("report", "convert"));
		assertEquals("b.json", options.get("out").orElseThrow());
		assertTrue(options.has("force"));
		assertFalse(options.has("verbose"));
		assertEquals(List.of("extra"), options.positional());
		CliException missing = assertThrows(CliException.class,
				() -> Options.parse(List.of("--report"), Set.of("report"), Set.of(), "convert"));
		assertEquals("convert: option --report needs a value; see 'cli help convert'", missing.getMessage());
		assertThrows(CliException.class, () -> options.require("in", "convert"));
	}
}
