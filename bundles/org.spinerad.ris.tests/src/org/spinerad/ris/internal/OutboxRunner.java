package org.spinerad.ris.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.spinerad.ris.RisSettings;

/**
 * Runs in a separate JVM for the crash test: opens the outbox in a folder and
 * delivers to the given RIS until the test kills it with SIGKILL.
 */
public final class OutboxRunner {

	private OutboxRunner() {
	}

	public static void main(String[] args) throws Exception {
		RisSettings settings = RisSettings.defaults().withEndpoint(args[1], Integer.parseInt(args[2]))
				.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(120))
				.withRetryDelays(Duration.ofMillis(50), Duration.ofMillis(500));
		Outbox outbox = Outbox.open(Path.of(args[0]), new MllpClient(settings), () -> settings);
		outbox.onChange(entry -> {
			System.out.println(entry.state() + " " + entry.controlId());
			System.out.flush();
		});
		outbox.start();
		System.out.println("delivering");
		System.out.flush();
		Thread.currentThread().join(); // until killed
	}
}
