package org.spinerad.distribution.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.distribution.DistributionService;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.io.ServicePreferences;
import org.spinerad.samples.SampleCases;

/** Signed reports with fresh ids, the services of the running framework, and waiting without fixed sleeps. */
final class Fixtures {

	static final Duration WAIT = Duration.ofSeconds(15);
	private static final AtomicInteger NEXT = new AtomicInteger();

	private Fixtures() {
	}

	/** @return example case POST-01 signed final under a new id (so tests never share a ledger or outbox entry) */
	static Report signedFinal(String prefix) {
		Report report = SampleCases.load("POST-01");
		report.setId(prefix + "-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet());
		report.setSigner("Dr. Example Radiologist");
		report.setPreliminaryAt(Date.from(Instant.now().minusSeconds(60)));
		report.setSignedAt(new Date());
		report.setStatus(ReportStatus.FINAL);
		return report;
	}

	/** @return a service of the running framework, waiting for it at most 10 s */
	static <T> T service(Class<T> type) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(Fixtures.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		T service = tracker.waitForService(10_000);
		if (service == null) {
			throw new AssertionError(type.getName() + " is not registered");
		}
		return service;
	}

	/** Points the RIS settings (preferences) at a host and port; null host removes the setting. */
	static void risEndpoint(String host, Integer port) throws IOException {
		ServicePreferences.put("org.spinerad.ris", "host", host);
		ServicePreferences.put("org.spinerad.ris", "port", port == null ? null : String.valueOf(port));
	}

	/** @return the state of a report on a channel, or null */
	static ChannelState state(DistributionService service, String reportId, String channel) {
		List<ChannelState> states = service.states(reportId);
		return states.stream().filter(s -> s.channel().equals(channel)).findFirst().orElse(null);
	}

	static boolean reaches(DistributionService service, String reportId, String channel, Stage stage)
			throws InterruptedException {
		return waitUntil(() -> {
			ChannelState s = state(service, reportId, channel);
			return s != null && s.stage() == stage;
		});
	}

	/** Polls a condition until it holds or {@link #WAIT} is up. */
	static boolean waitUntil(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(20);
		}
		return condition.getAsBoolean();
	}
}
