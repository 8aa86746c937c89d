package org.spinerad.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.io.AtomicFiles;
import org.spinerad.ris.DeliveryState;
import org.spinerad.ris.ResultStatus;
import org.spinerad.ris.RisSettings;
import org.spinerad.ris.internal.ControlIds;
import org.spinerad.ris.internal.MllpClient;
import org.spinerad.ris.internal.OruMessageBuilder;
import org.spinerad.ris.internal.PlainReportText;
import org.spinerad.ris.internal.RisExportComponent;
import org.spinerad.samples.SampleCases;

/**
 * Messages per second delivered to an MLLP peer on loopback: the RIS export
 * (HL7 built with HAPI, durable outbox forced to disk, MLLP, acknowledgement
 * parsed with HAPI) and its MLLP client alone, against a raw socket sending
 * the same bytes with the same pattern (one connection per message, wait for
 * the acknowledgement) in the same run. The peer answers every message with a
 * canned AA and parses nothing, so it costs all variants the same.
 */
public final class RisDelivery {

	private RisDelivery() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 300;
		int rounds = 3;
		String dir = System.getenv("SPINERAD_BENCH_DIR");
		Path base = Path.of(dir != null && !dir.isBlank() ? dir : System.getProperty("java.io.tmpdir"));
		try (Peer peer = new Peer()) {
			RisSettings settings = RisSettings.defaults().withEndpoint("127.0.0.1", peer.port())
					.withRetryDelays(Duration.ofMillis(100), Duration.ofSeconds(1));
			List<Report> reports = reports(count);
			List<String> texts = reports.stream().map(r -> PlainReportText.of(r, ZoneId.of("UTC"))).toList();
			OruMessageBuilder builder = new OruMessageBuilder(settings);
			List<String> ids = new ArrayList<>();
			List<String> messages = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String id = ControlIds.next();
				ids.add(id);
				messages.add(builder.build(reports.get(i), texts.get(i), ResultStatus.FINAL, id, Instant.now()));
			}
			long bytes = messages.stream().mapToLong(m -> m.getBytes(StandardCharsets.UTF_8).length).sum();
			Path probe = Files.createTempDirectory(base, "spinerad-bench-outbox");
			String fileSystem = Files.getFileStore(probe).type();
			delete(probe);
			System.out.printf(Locale.ROOT, "%d ORU^R01 messages of %.1f KB on average; outbox on %s (%s)%n", count,
					bytes / 1024.0 / count, base, fileSystem);

			// warm up every path once, then the best of three rounds each
			raw(peer, messages.subList(0, Math.min(50, count)));
			client(settings, messages.subList(0, Math.min(50, count)), ids);
			outbox(base, settings, reports.subList(0, Math.min(20, count)), texts, "warm");
			long baseline = Long.MAX_VALUE;
			long mllp = Long.MAX_VALUE;
			long durable = Long.MAX_VALUE;
			long queueNanos = Long.MAX_VALUE;
			long buildNanos = Long.MAX_VALUE;
			long diskNanos = Long.MAX_VALUE;
			for (int round = 0; round < rounds; round++) {
				long b0 = System.nanoTime();
				for (int i = 0; i < count; i++) {
					builder.build(reports.get(i), texts.get(i), ResultStatus.FINAL, ids.get(i), Instant.now());
				}
				buildNanos = Math.min(buildNanos, System.nanoTime() - b0);
				baseline = Math.min(baseline, raw(peer, messages));
				mllp = Math.min(mllp, client(settings, messages, ids));
				diskNanos = Math.min(diskNanos, disk(base, messages));
				long[] outbox = outbox(base, settings, reports, texts, "r" + round);
				durable = Math.min(durable, outbox[0]);
				queueNanos = Math.min(queueNanos, outbox[1]);
			}
			print("baseline (raw socket):                 ", count, baseline, baseline);
			print("MLLP client (HAPI acknowledgement):    ", count, mllp, baseline);
			print("RIS export (build, outbox, MLLP, ack): ", count, durable, baseline);
			System.out.printf(Locale.ROOT, "building with HAPI alone (no I/O):      %8.0f messages/s  (%.2f ms each)%n",
					count / (buildNanos / 1e9), buildNanos / 1e6 / count);
			System.out.printf(Locale.ROOT, "the disk alone (%d atomic writes of a message): %.2f ms per message%n",
					WRITES_PER_FINAL, diskNanos / 1e6 / count);
			System.out.printf(Locale.ROOT, "queue() after signing (build + write to disk): %.2f ms per report%n",
					queueNanos / 1e6 / count);
		}
	}

	/** Atomic, forced writes per final message: queued, sending, acknowledged, ledger of finals. */
	private static final int WRITES_PER_FINAL = 4;

	/** What durability alone costs: the outbox's forced atomic writes of each message, nothing else. */
	private static long disk(Path base, List<String> messages) throws IOException {
		Path folder = Files.createTempDirectory(base, "spinerad-bench-disk");
		try {
			long t0 = System.nanoTime();
			for (int i = 0; i < messages.size(); i++) {
				byte[] content = messages.get(i).getBytes(StandardCharsets.UTF_8);
				for (int w = 0; w < WRITES_PER_FINAL; w++) {
					AtomicFiles.write(folder.resolve(i + "-" + (w == WRITES_PER_FINAL - 1 ? "ledger" : "entry")),
							content);
				}
			}
			return System.nanoTime() - t0;
		} finally {
			delete(folder);
		}
	}

	private static void print(String label, int count, long nanos, long baseline) {
		System.out.printf(Locale.ROOT, "%s %8.0f messages/s  (%.2f ms each) = %.2f x baseline throughput%n", label,
				count / (nanos / 1e9), nanos / 1e6 / count, (double) baseline / nanos);
	}

	private static List<Report> reports(int count) {
		List<Report> cases = SampleCases.IDS.stream().map(SampleCases::load).toList();
		List<Report> reports = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Report report = EcoreUtil.copy(cases.get(i % cases.size()));
			report.setId(String.format(Locale.ROOT, "bench-%06d", i));
			report.getStudy().setAccessionNumber("ACC-BENCH-" + i);
			report.setStatus(ReportStatus.FINAL);
			report.setSigner("Dr. Benchmark");
			report.setSignedAt(new Date());
			reports.add(report);
		}
		return reports;
	}

	/** One raw socket per message: connect, write the frame, read the acknowledgement frame, close. */
	private static long raw(Peer peer, List<String> messages) throws IOException {
		List<byte[]> frames = messages.stream().map(MllpClient::frame).toList();
		long t0 = System.nanoTime();
		for (byte[] frame : frames) {
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), peer.port())) {
				socket.setTcpNoDelay(true);
				socket.getOutputStream().write(frame);
				socket.getOutputStream().flush();
				InputStream in = new BufferedInputStream(socket.getInputStream());
				if (readFrame(in) == null) {
					throw new IOException("no acknowledgement");
				}
			}
		}
		return System.nanoTime() - t0;
	}

	/** The MLLP client: the same pattern, plus HAPI parsing the acknowledgement and checking its control id. */
	private static long client(RisSettings settings, List<String> messages, List<String> ids) throws Exception {
		MllpClient client = new MllpClient(settings);
		long t0 = System.nanoTime();
		for (int i = 0; i < messages.size(); i++) {
			if (!client.send(ids.get(i), messages.get(i), () -> {
			}).accepted()) {
				throw new IllegalStateException("not accepted");
			}
		}
		return System.nanoTime() - t0;
	}

	/**
	 * The whole export as the workstation runs it: queue() per report (build the
	 * message, write it durably), background delivery, every state change forced
	 * to disk, until the last acknowledgement is recorded.
	 *
	 * @return nanoseconds until all are acknowledged, and nanoseconds spent in queue()
	 */
	private static long[] outbox(Path base, RisSettings settings, List<Report> reports, List<String> texts,
			String round) throws Exception {
		Path folder = Files.createTempDirectory(base, "spinerad-bench-outbox-" + round);
		RisExportComponent export = new RisExportComponent(folder, settings, true);
		try {
			CountDownLatch acknowledged = new CountDownLatch(reports.size());
			export.onChange(entry -> {
				if (entry.state() == DeliveryState.ACKNOWLEDGED) {
					acknowledged.countDown();
				}
			});
			export.entries(); // opens the outbox: not part of the measurement
			long queue = 0;
			long t0 = System.nanoTime();
			for (int i = 0; i < reports.size(); i++) {
				long q0 = System.nanoTime();
				export.queue(reports.get(i), texts.get(i));
				queue += System.nanoTime() - q0;
			}
			if (!acknowledged.await(10, TimeUnit.MINUTES)) {
				throw new IllegalStateException("not all acknowledged");
			}
			return new long[] { System.nanoTime() - t0, queue };
		} finally {
			export.close();
			delete(folder);
		}
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	/** @return the payload of one MLLP frame, or null at the end of the stream */
	static byte[] readFrame(InputStream in) throws IOException {
		ByteArrayOutputStream frame = new ByteArrayOutputStream(512);
		int b;
		while ((b = in.read()) >= 0 && b != MllpClient.START_BLOCK) {
			// skip to the start of a frame
		}
		if (b < 0) {
			return null;
		}
		while ((b = in.read()) >= 0 && b != MllpClient.END_BLOCK) {
			frame.write(b);
		}
		if (b < 0) {
			return null;
		}
		in.read(); // the carriage return closing the frame
		return frame.toByteArray();
	}

	/** An MLLP peer on loopback answering every message with a canned AA that echoes its control id. */
	static final class Peer implements AutoCloseable {

		private final ServerSocket server;

		Peer() throws IOException {
			server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
			Thread acceptor = new Thread(this::accept, "bench-peer");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int port() {
			return server.getLocalPort();
		}

		private void accept() {
			while (!server.isClosed()) {
				try {
					Socket socket = server.accept();
					Thread handler = new Thread(() -> handle(socket), "bench-peer-connection");
					handler.setDaemon(true);
					handler.start();
				} catch (IOException e) {
					return;
				}
			}
		}

		private static void handle(Socket socket) {
			try (socket) {
				socket.setTcpNoDelay(true);
				InputStream in = new BufferedInputStream(socket.getInputStream());
				OutputStream out = socket.getOutputStream();
				byte[] message;
				while ((message = readFrame(in)) != null) {
					String text = new String(message, StandardCharsets.US_ASCII);
					int end = text.indexOf('\r');
					String[] msh = text.substring(0, end < 0 ? text.length() : end).split("\\|", -1);
					String controlId = msh.length > 9 ? msh[9] : "";
					String ack = "MSH|^~\\&|RIS|HOSPITAL|SPINERAD|RADIOLOGY|20261126120000||ACK^R01^ACK|A" + controlId
							+ "|P|2.5.1\rMSA|AA|" + controlId + "\r";
					out.write(MllpClient.frame(ack));
					out.flush();
				}
			} catch (IOException e) {
				// the client closed the connection
			}
		}

		@Override
		public void close() throws IOException {
			server.close();
		}
	}
}
