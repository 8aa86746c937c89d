package org.spinerad.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.framework.log.FrameworkLog;
import org.eclipse.osgi.framework.log.FrameworkLogEntry;
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
			if (args.contains("--deep")) {
				return recurse(args.size());
			}
			if (args.contains("--huge")) {
				long[] tooLarge = new long[Integer.MAX_VALUE - 8];
				return tooLarge.length;
			}
			if (args.contains("--escape")) {
				context.out().println("bad: f.dcm: \u001b]0;pwned\u0007\u001b[2Jname\rover\u009b1m\tok ü");
				context.out().print("a line of a Windows file\r\n");
				throw new CliException("broken: \u001b[31mred\u0000");
			}
			throw new IllegalStateException("bug");
		}
	}

	private static int recurse(int depth) {
		return recurse(depth + 1) + 1;
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
	void errorsOfTheVirtualMachineExitWithTwoAndOneLine() {
		List<CliCommand> commands = List.of(new BrokenCommand());
		assertEquals(2, run(commands, "broken", "--deep"));
		assertTrue(err().startsWith("internal error in 'broken': StackOverflowError: "), err());
		assertEquals(1, err().lines().count(), err());
		err.reset();
		assertEquals(2, run(commands, "broken", "--huge"));
		assertTrue(err().startsWith("internal error in 'broken': OutOfMemoryError: "), err());
		assertEquals(1, err().lines().count(), err());
		assertEquals("", out());
	}

	@Test
	void controlCharactersNeverReachTheTerminal() {
		assertEquals(1, run(List.of(new BrokenCommand()), "broken", "--escape"));
		assertEquals("bad: f.dcm: ^[]0;pwned^G^[[2Jname^Mover?1m\tok ü\na line of a Windows file\r\n", out());
		assertEquals("error: broken: ^[[31mred^@\n", err());
	}

	@Test
	void theCommandLineLogIsPrivateAndHoldsNoArguments() throws Exception {
		Path file = Files.createTempDirectory("cli-log").resolve("workspace/.metadata/cli.log");
		BundleContext bundleContext = FrameworkUtil.getBundle(CommandLine.class).getBundleContext();
		AutoCloseable restore = PrivateLog.install(bundleContext, file);
		assertNotNull(restore, "the framework offers its log");
		try {
			FrameworkLog log = bundleContext.getService(bundleContext.getServiceReference(FrameworkLog.class));
			log.log(new FrameworkLogEntry("org.spinerad.cli", FrameworkLogEntry.ERROR, 0, "a framework message", 0,
					new IllegalStateException("boom"), null));
		} finally {
			restore.close();
		}
		String text = Files.readString(file);
		assertTrue(text.contains("a framework message"), text);
		assertFalse(text.contains("arguments:"), text);
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void theLogLeavesOutTheLinesWithTheCommandLine() throws Exception {
		StringWriter plain = new StringWriter();
		try (Writer filtered = new PrivateLog.WithoutArguments(plain)) {
			filtered.write("!SESSION 2026-11-29\nCommand-line arguments:  -application org.spinerad.cli.app"
					+ " export-hl7 --report Doe^Jane.json\nFramework arguments:  x\n!ENTRY a\n");
		}
		assertEquals("!SESSION 2026-11-29\n!ENTRY a\n", plain.toString());
		assertEquals(Path.of("/w/.metadata/cli.log"), PrivateLog.defaultFile("file:/w/"));
		Path file = Files.createTempDirectory("cli-log").resolve("cli.log");
		try (Writer writer = PrivateLog.open(file)) {
			writer.write("one line\n");
		}
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		assertEquals("one line\n", Files.readString(file));
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
		for (List<String> empty : List.of(List.of("--report", ""), List.of("--report=  "), List.of("--report", " \t"))) {
			CliException blank = assertThrows(CliException.class,
					() -> Options.parse(empty, Set.of("report"), Set.of(), "convert"), empty.toString());
			assertTrue(blank.getMessage().startsWith("convert: option --report is empty"), blank.getMessage());
		}
	}
}
