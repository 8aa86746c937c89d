package org.spinerad.ris.internal.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.ris.internal.Ack;
import org.spinerad.store.ReportStore;

/** {@code spinerad cli orders listen}, run as the registered command on a free port. */
class OrdersCommandTest {

	private static ServiceTracker<CliCommand, CliCommand> commands;
	private static ServiceTracker<ReportStore, ReportStore> stores;

	@TempDir
	Path dir;

	@BeforeAll
	static void open() {
		BundleContext context = FrameworkUtil.getBundle(OrderListener.class).getBundleContext();
		commands = new ServiceTracker<>(context, CliCommand.class, null);
		stores = new ServiceTracker<>(context, ReportStore.class, null);
		commands.open();
		stores.open();
	}

	@AfterAll
	static void close() {
		commands.close();
		stores.close();
	}

	private static CliCommand command() throws InterruptedException {
		assertNotNull(commands.waitForService(30_000));
		return Arrays.stream(commands.getServices(new CliCommand[0])).filter(c -> c.name().equals("orders"))
				.findFirst().orElseThrow();
	}

	@Test
	void listenTakesOrdersUntilStopped() throws Exception {
		ReportStore store = stores.waitForService(30_000);
		PipedInputStream lines = new PipedInputStream();
		PrintStream out = new PrintStream(new PipedOutputStream(lines), true, StandardCharsets.UTF_8);
		CommandContext context = new CommandContext(out, new PrintStream(new ByteArrayOutputStream()), dir);
		CliCommand command = command();
		CompletableFuture<Integer> exit = new CompletableFuture<>();
		Thread runner = Thread.ofPlatform().start(() -> {
			try {
				exit.complete(command.run(List.of("listen", "--port", "0", "--procedures", "mrlsc"), context));
			} catch (Throwable e) {
				exit.completeExceptionally(e);
			}
		});
		String first = CompletableFuture.supplyAsync(() -> {
			try {
				return new BufferedReader(new InputStreamReader(lines, StandardCharsets.UTF_8)).readLine();
			} catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			}
		}).get(60, TimeUnit.SECONDS);
		Matcher port = Pattern.compile("on port (\\d+) ").matcher(first);
		assertTrue(port.find(), first);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		List<Ack> acks = Hl7Orders.send(Integer.parseInt(port.group(1)),
				Hl7Orders.orm("L1" + tag, "NW", "M" + tag, "CLI" + tag, "MRLSC"),
				Hl7Orders.orm("L2" + tag, "NW", "M" + tag, "CLJ" + tag, "MRCSC"));
		assertEquals("AA", acks.get(0).code(), acks.get(0).raw());
		assertEquals("AE", acks.get(1).code(), "--procedures limits the procedures taken");
		assertEquals("CLI" + tag, store.load(Worklist.reportId("CLI" + tag)).getStudy().getAccessionNumber());
		runner.interrupt();
		assertEquals(CliCommand.OK, exit.get(60, TimeUnit.SECONDS));
	}

	@Test
	void withoutListenOrWithABadPortItIsAUserError() throws Exception {
		CommandContext context = new CommandContext(new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(new ByteArrayOutputStream()), dir);
		CliException none = assertThrows(CliException.class, () -> command().run(List.of(), context));
		assertTrue(none.getMessage().contains("'orders listen'"), none.getMessage());
		CliException port = assertThrows(CliException.class,
				() -> command().run(List.of("listen", "--port", "70000"), context));
		assertTrue(port.getMessage().contains("out of range"), port.getMessage());
	}
}
