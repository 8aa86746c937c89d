package org.spinerad.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.io.ReportIO;
import org.spinerad.samples.SampleCases;
import org.spinerad.store.Actor;
import org.spinerad.store.ClaimedException;
import org.spinerad.store.ConflictException;
import org.spinerad.store.OutboxMessage;
import org.spinerad.store.ReportStore;
import org.spinerad.store.Revision;
import org.spinerad.store.WorklistQuery;
import org.spinerad.store.internal.FileReportStore;
import org.spinerad.store.pg.internal.PgReportStore;
import org.spinerad.testsupport.Postgres;

/**
 * The department store against the folder store: the worklist's first page
 * (filtered by state, sorted by last change) over many reports with its query
 * plan, loading and saving one report, then simulated workstations claiming
 * and saving the same reports at once, counting lost updates, and signing
 * reports of their own (with the RIS message in the same transaction in the
 * database), on both stores in the same run.
 * Arguments: [pgReports=100000] [fileReports=10000] [workstations=20] [seconds=30].
 */
public final class DepartmentStore {

	private static final WorklistQuery FIRST_PAGE = new WorklistQuery(
			Set.of(ReportStatus.DRAFT, ReportStatus.PRELIMINARY), "", WorklistQuery.Sort.MODIFIED_DESC, 0, 50);
	private static final String[] STATES = { "final", "final", "final", "final", "final", "final", "final",
			"draft", "draft", "preliminary" };

	private DepartmentStore() {
	}

	public static void main(String[] args) throws Exception {
		int pgReports = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int fileReports = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		int workstations = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
		List<Report> cases = SampleCases.IDS.stream().map(SampleCases::load).toList();
		try (Postgres server = Postgres.start()) {
			String url = server.createDatabase("bench");
			try (PgReportStore pg = new PgReportStore(url)) {
				long t0 = System.nanoTime();
				populate(pg, cases, pgReports);
				System.out.printf(Locale.ROOT, "postgresql: %d reports loaded in %.1f s%n", pgReports,
						(System.nanoTime() - t0) / 1e9);
				explain(pg);
				measure("postgresql", pg, pgReports, 1000, 500);
				contention("postgresql", () -> new PgReportStore(url), cases, workstations, seconds);
			}
		}
		Path folder = Files.createTempDirectory("spinerad-bench-files");
		try {
			FileReportStore files = new FileReportStore(folder);
			populate(folder, cases, fileReports);
			measure("folder", files, fileReports, 5, 200);
			// the folder store belongs to one workstation: the simulated ones share it, as threads
			contention("folder", () -> files, cases, workstations, seconds);
		} finally {
			try (Stream<Path> walk = Files.walk(folder)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/** Rows with the worklist columns spread like a department's: 70 % signed, two years of changes. */
	private static void populate(PgReportStore pg, List<Report> cases, int count) throws Exception {
		List<byte[]> bodies = new ArrayList<>();
		for (Report r : cases) {
			bodies.add(ReportIO.toBytes(r, ReportIO.Format.XMI));
		}
		Random random = new Random(15);
		long now = System.currentTimeMillis();
		try (Connection c = pg.database().connect()) {
			c.setAutoCommit(false);
			try (PreparedStatement s = c.prepareStatement("INSERT INTO report (id, version, status, patient_name,"
					+ " patient_id, accession, study_at, study_description, modified_at, template_id, body, saved_by,"
					+ " saved_on, saved_at) VALUES (?, 1, ?, ?, ?, ?, ?, 'MRI spine with contrast', ?, ?, ?, 'bench',"
					+ " 'bench', now())")) {
				for (int i = 0; i < count; i++) {
					Report r = cases.get(i % cases.size());
					long modified = now - (long) (random.nextDouble() * 730 * 86_400_000L);
					s.setString(1, String.format(Locale.ROOT, "bench-%06d", i));
					s.setString(2, STATES[random.nextInt(STATES.length)]);
					s.setString(3, "BENCH^PATIENT" + i);
					s.setString(4, "PID-" + i);
					s.setString(5, String.format(Locale.ROOT, "ACC-%06d", i));
					s.setTimestamp(6, new Timestamp(modified - 3_600_000L));
					s.setTimestamp(7, new Timestamp(modified));
					s.setString(8, r.getTemplateId());
					s.setBytes(9, bodies.get(i % bodies.size()));
					s.addBatch();
					if (i % 1000 == 999) {
						s.executeBatch();
					}
				}
				s.executeBatch();
			}
			try (PreparedStatement s = c.prepareStatement("INSERT INTO report_version (id, version, body, saved_by,"
					+ " saved_on, saved_at) SELECT id, 1, body, saved_by, saved_on, saved_at FROM report")) {
				s.executeUpdate();
			}
			c.commit();
			c.setAutoCommit(true);
			try (Statement s = c.createStatement()) {
				s.execute("VACUUM ANALYZE report");
			}
		}
	}

	private static void populate(Path folder, List<Report> cases, int count) throws Exception {
		Random random = new Random(15);
		long now = System.currentTimeMillis();
		Path reports = Files.createDirectories(folder.resolve("reports"));
		for (int i = 0; i < count; i++) {
			Report r = cases.get(i % cases.size());
			r.setId(String.format(Locale.ROOT, "bench-%06d", i));
			r.setStatus(ReportStatus.get(STATES[random.nextInt(STATES.length)]));
			r.getPatient().setName("BENCH^PATIENT" + i);
			r.getStudy().setAccessionNumber(String.format(Locale.ROOT, "ACC-%06d", i));
			r.setModifiedAt(new java.util.Date(now - (long) (random.nextDouble() * 730 * 86_400_000L)));
			Files.write(reports.resolve(r.getId() + ".xmi"), ReportIO.toBytes(r, ReportIO.Format.XMI));
		}
	}

	private static void explain(PgReportStore pg) throws Exception {
		try (Connection c = pg.database().connect(); Statement s = c.createStatement();
				ResultSet r = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) SELECT id, status, patient_name, patient_id,"
						+ " accession, study_at, study_description, modified_at, template_id, sex, birth_date,"
						+ " age_years FROM report WHERE true AND status = ANY ('{draft,preliminary}')"
						+ " ORDER BY modified_at DESC NULLS LAST, id OFFSET 0 LIMIT 50")) {
			System.out.println("plan of the first worklist page:");
			while (r.next()) {
				System.out.println("  " + r.getString(1));
			}
		}
	}

	private static void measure(String name, ReportStore store, int count, int pages, int ops) throws Exception {
		store.page(FIRST_PAGE);
		long[] page = new long[pages];
		for (int i = 0; i < pages; i++) {
			long t = System.nanoTime();
			if (store.page(FIRST_PAGE).size() != 50) {
				throw new IllegalStateException("short page");
			}
			page[i] = System.nanoTime() - t;
		}
		Random random = new Random(3);
		Actor me = new Actor("Dr Bench", "bench");
		long[] load = new long[ops];
		long[] save = new long[ops];
		for (int i = 0; i < ops; i++) {
			String id = String.format(Locale.ROOT, "bench-%06d", random.nextInt(count));
			long t = System.nanoTime();
			Report r = store.load(id);
			load[i] = System.nanoTime() - t;
			r.setId(id);
			r.setRemark("edit " + i);
			long version = store.revision(id).version();
			t = System.nanoTime();
			store.save(r, version, me);
			save[i] = System.nanoTime() - t;
		}
		System.out.printf(Locale.ROOT, "%-10s %7d reports  first page p50 %7.2f ms p99 %7.2f ms (%d runs)"
				+ "  load p50 %.2f ms p99 %.2f ms  save p50 %.2f ms p99 %.2f ms (%d runs)%n", name, count,
				pct(page, 50), pct(page, 99), pages, pct(load, 50), pct(load, 99), pct(save, 50), pct(save, 99), ops);
	}

	private static double pct(long[] nanos, int p) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	/** Opens one workstation's view of a store; closing it ends the workstation. */
	private interface Desk {
		ReportStore open() throws Exception;
	}

	/**
	 * Workstations claim, edit and release a hot set of 200 reports, and every tenth round write and sign a
	 * report of their own (in the database with its RIS message in the same transaction); every won save must
	 * be one version, every sign-off one message.
	 */
	private static void contention(String name, Desk desk, List<Report> cases, int workstations, int seconds)
			throws Exception {
		Map<String, AtomicLong> wins = new ConcurrentHashMap<>();
		try (Holder setup = new Holder(desk.open())) {
			ReportStore store = setup.store();
			for (int i = 0; i < 200; i++) {
				Report r = cases.get(i % cases.size());
				r.setId(String.format(Locale.ROOT, "hot-%03d", i));
				r.setStatus(ReportStatus.DRAFT);
				store.save(r, Revision.ANY, new Actor("setup", "bench"));
				wins.put(r.getId(), new AtomicLong());
			}
		}
		AtomicLong conflicts = new AtomicLong();
		AtomicLong blocked = new AtomicLong();
		AtomicLong signs = new AtomicLong();
		List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
		List<Long> signing = java.util.Collections.synchronizedList(new ArrayList<>());
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(workstations);
		List<Future<?>> runs = new ArrayList<>();
		for (int w = 0; w < workstations; w++) {
			Actor actor = new Actor("Dr " + w, "ws-" + w);
			Random random = new Random(w);
			int ws = w;
			runs.add(pool.submit(() -> {
				try (Holder held = new Holder(desk.open())) {
					ReportStore store = held.store();
					for (int round = 0; System.nanoTime() < end; round++) {
						if (round % 10 == 9) {
							Report own = org.eclipse.emf.ecore.util.EcoreUtil.copy(cases.get(round % cases.size()));
							own.setId(String.format(Locale.ROOT, "own-%02d-%06d", ws, round));
							own.setStatus(ReportStatus.DRAFT);
							store.save(own, Revision.NEW, actor);
							own.setStatus(ReportStatus.FINAL);
							own.setSigner(actor.user());
							own.setSignedAt(new java.util.Date());
							List<OutboxMessage> message = store.outbox().isEmpty() ? List.of()
									: List.of(new OutboxMessage("ris", "ris/" + own.getId() + "/F",
											ReportIO.toBytes(own, ReportIO.Format.XMI)));
							long t = System.nanoTime();
							store.save(own, 1, actor, message);
							signing.add(System.nanoTime() - t);
							signs.incrementAndGet();
							continue;
						}
						String id = String.format(Locale.ROOT, "hot-%03d", random.nextInt(200));
						try {
							store.claim(id, actor, Duration.ofMinutes(1));
						} catch (ClaimedException e) {
							blocked.incrementAndGet();
							continue;
						}
						long version = store.revision(id).version();
						Report r = store.load(id);
						r.setRemark(actor.user() + " " + version);
						long t = System.nanoTime();
						try {
							store.save(r, version, actor);
							wins.get(id).incrementAndGet();
						} catch (ConflictException e) {
							conflicts.incrementAndGet();
						}
						latencies.add(System.nanoTime() - t);
						store.release(id, actor);
					}
				}
				return null;
			}));
		}
		for (Future<?> run : runs) {
			run.get();
		}
		pool.shutdown();
		long lost = 0;
		long saves = 0;
		String messages = "";
		try (Holder held = new Holder(desk.open())) {
			ReportStore check = held.store();
			for (Map.Entry<String, AtomicLong> e : wins.entrySet()) {
				saves += e.getValue().get();
				if (check.revision(e.getKey()).version() != 1 + e.getValue().get()) {
					lost++;
				}
			}
			if (check instanceof PgReportStore pg) {
				try (Connection c = pg.database().connect(); Statement s = c.createStatement();
						ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT report_id) FROM outbox")) {
					r.next();
					messages = String.format(Locale.ROOT, ", %d RIS messages queued with them (%d reports)",
							r.getLong(1), r.getLong(2));
				}
			}
		}
		long[] l = latencies.stream().mapToLong(Long::longValue).toArray();
		long[] g = signing.stream().mapToLong(Long::longValue).toArray();
		System.out.printf(Locale.ROOT, "%-10s contention: %d workstations, %d s: %d saves (%.0f/s), save p50 %.2f ms"
				+ " p99 %.2f ms, %d conflicts, %d claims refused, reports with lost updates: %d; %d sign-offs (%.1f/s),"
				+ " sign p50 %.2f ms p99 %.2f ms%s%n", name, workstations, seconds, saves, saves / (double) seconds,
				pct(l, 50), pct(l, 99), conflicts.get(), blocked.get(), lost, signs.get(),
				signs.get() / (double) seconds, pct(g, 50), pct(g, 99), messages);
	}

	/** A store with its close, so PostgreSQL connections end with their workstation. */
	private record Holder(ReportStore store) implements AutoCloseable {
		@Override
		public void close() throws Exception {
			if (store instanceof AutoCloseable c) {
				c.close();
			}
		}
	}
}
