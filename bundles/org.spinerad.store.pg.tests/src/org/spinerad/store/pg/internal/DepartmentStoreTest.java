package org.spinerad.store.pg.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.tests.Samples;
import org.spinerad.store.Actor;
import org.spinerad.store.ClaimedException;
import org.spinerad.store.ConflictException;
import org.spinerad.store.ReportStore;
import org.spinerad.store.ReportSummary;
import org.spinerad.store.Revision;
import org.spinerad.store.StoreChange;
import org.spinerad.store.WorklistQuery;
import org.spinerad.testsupport.Postgres;

/** Two workstations on one real PostgreSQL: versions, claims, live changes, the worklist page. */
class DepartmentStoreTest {

	private static final Actor A = new Actor("Dr A", "ws-1");
	private static final Actor B = new Actor("Dr B", "ws-2");
	private static final Actor ADMIN = new Actor("Admin C", "ws-9");

	private static Postgres server;
	private static final AtomicInteger DATABASES = new AtomicInteger();

	@BeforeAll
	static void start() throws Exception {
		server = Postgres.start();
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	static String freshDatabase() throws Exception {
		return server.createDatabase("dept" + DATABASES.incrementAndGet());
	}

	@Test
	void twoWorkstationsRaceOnOneReportAndExactlyOneSaveWins() throws Exception {
		String url = freshDatabase();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try (PgReportStore ws1 = new PgReportStore(url); PgReportStore ws2 = new PgReportStore(url)) {
			Report report = Samples.infection();
			long version = ws1.save(report, Revision.NEW, A).version();
			for (int round = 0; round < 20; round++) {
				long from = version;
				CountDownLatch go = new CountDownLatch(1);
				Future<Object> one = pool.submit(race(ws1, A, from, "one " + round, go));
				Future<Object> two = pool.submit(race(ws2, B, from, "two " + round, go));
				go.countDown();
				List<Object> outcomes = List.of(one.get(60, TimeUnit.SECONDS), two.get(60, TimeUnit.SECONDS));
				List<Revision> wins = outcomes.stream().filter(Revision.class::isInstance).map(Revision.class::cast)
						.toList();
				List<ConflictException> losses = outcomes.stream().filter(ConflictException.class::isInstance)
						.map(ConflictException.class::cast).toList();
				assertEquals(1, wins.size(), "exactly one save wins: " + outcomes);
				assertEquals(1, losses.size(), "the other sees the conflict: " + outcomes);
				Revision won = wins.get(0);
				assertEquals(from + 1, won.version());
				assertTrue(losses.get(0).getMessage().contains(won.by().describe()), losses.get(0).getMessage());
				String stored = ws1.load(report.getId()).getRemark();
				assertEquals((won.by().equals(A) ? "one " : "two ") + round, stored, "the winner's edit is stored");
				version = won.version();
			}
			assertEquals(21, ws2.history(report.getId()).size(), "every won save is one version");
		} finally {
			pool.shutdownNow();
		}
	}

	private static Callable<Object> race(PgReportStore store, Actor actor, long from, String remark,
			CountDownLatch go) {
		return () -> {
			Report mine = store.load(Samples.infection().getId());
			mine.setRemark(remark);
			go.await();
			try {
				return store.save(mine, from, actor);
			} catch (ConflictException e) {
				return e;
			}
		};
	}

	@Test
	void aClaimBlocksTheOtherUntilSignOffAndAnAdminTakesOverWithAReason() throws Exception {
		String url = freshDatabase();
		try (PgReportStore ws1 = new PgReportStore(url); PgReportStore ws2 = new PgReportStore(url)) {
			Report report = Samples.infection();
			ws1.save(report, Revision.NEW, A);
			ws1.claim(report.getId(), A, Duration.ofMinutes(10));
			ClaimedException blocked = assertThrows(ClaimedException.class,
					() -> ws2.claim(report.getId(), B, Duration.ofMinutes(10)));
			assertTrue(blocked.getMessage().contains("being reported by Dr A on ws-1 since"), blocked.getMessage());
			Report theirs = ws2.load(report.getId());
			theirs.setRemark("B edits");
			assertThrows(ClaimedException.class, () -> ws2.save(theirs, 1, B), "read-only for the other");
			assertEquals(1, ws2.revision(report.getId()).version(), "nothing written");

			ws1.claim(report.getId(), A, Duration.ofMinutes(10));
			assertEquals(A, ws2.claimOf(report.getId()).holder(), "renewing keeps the claim");

			ws2.takeOver(report.getId(), ADMIN, "Dr A went home ill", Duration.ofMinutes(10));
			assertEquals(ADMIN, ws1.claimOf(report.getId()).holder());
			assertEquals("Dr A went home ill", ws1.claimOf(report.getId()).reason());
			assertThrows(ClaimedException.class, () -> ws1.save(report, 1, A));

			report.setStatus(ReportStatus.FINAL);
			report.setSigner("Admin C");
			ws2.save(report, 1, ADMIN);
			assertNull(ws1.claimOf(report.getId()), "sign-off releases the claim");
			String audit = server.psql(url.substring(url.lastIndexOf('/') + 1, url.indexOf('?')),
					"SELECT string_agg(action || ':' || actor || ':' || detail, '|' ORDER BY id) FROM audit");
			assertTrue(audit.contains("took over:Admin C:from Dr A on ws-1: Dr A went home ill"), audit);
			assertTrue(audit.endsWith("signed:Admin C:version 2"), audit);
			assertEquals(List.of("saved", "claimed", "took over", "signed"),
					ws2.auditTrail(report.getId()).stream().map(e -> e.action()).toList());
		}
	}

	@Test
	void closingReleasesTheClaimAndAnExpiredClaimIsFree() throws Exception {
		String url = freshDatabase();
		try (PgReportStore ws1 = new PgReportStore(url); PgReportStore ws2 = new PgReportStore(url)) {
			Report report = Samples.infection();
			ws1.save(report, Revision.NEW, A);
			ws1.claim(report.getId(), A, Duration.ofMinutes(10));
			ws1.release(report.getId(), A);
			assertNotNull(ws2.claim(report.getId(), B, Duration.ofMillis(1)));
			assertTrue(waitUntil(() -> ws2.claimOf(report.getId()) == null), "a claim nobody renews lapses");
			assertEquals(A, ws1.claim(report.getId(), A, Duration.ofMinutes(1)).holder());
		}
	}

	@Test
	void everyWorkstationHearsOfChanges() throws Exception {
		String url = freshDatabase();
		try (PgReportStore ws1 = new PgReportStore(url); PgReportStore ws2 = new PgReportStore(url)) {
			BlockingQueue<StoreChange> heard = new LinkedBlockingQueue<>();
			ws2.onChange(heard::add);
			ws2.claim("warm-up", B, Duration.ofMillis(1));
			assertNotNull(heard.poll(30, TimeUnit.SECONDS), "the listener is connected");
			Report report = Samples.infection();
			ws1.save(report, Revision.NEW, A);
			StoreChange change = heard.poll(30, TimeUnit.SECONDS);
			assertEquals(new StoreChange(report.getId(), StoreChange.Kind.SAVED, 1, A), change);
		}
	}

	@Test
	void theWorklistPageFiltersAndSortsInTheDatabase() throws Exception {
		String url = freshDatabase();
		try (PgReportStore store = new PgReportStore(url)) {
			for (int i = 0; i < 30; i++) {
				Report r = Samples.infection();
				r.setId("r" + i);
				r.getStudy().setAccessionNumber((i % 2 == 0 ? "ACC-" : "X-") + i);
				r.setModifiedAt(Samples.time(String.format("2026-11-%02dT08:00:00Z", 1 + i % 28)));
				if (i % 3 == 0) {
					r.setStatus(ReportStatus.PRELIMINARY);
				}
				store.save(r, Revision.NEW, A);
			}
			WorklistQuery q = new WorklistQuery(Set.of(ReportStatus.DRAFT), "ACC-", WorklistQuery.Sort.MODIFIED_DESC,
					0, 5);
			List<ReportSummary> page = store.page(q);
			List<ReportSummary> expected = new ArrayList<>();
			for (ReportSummary s : store.list()) {
				if (s.status() == ReportStatus.DRAFT && s.accessionNumber().startsWith("ACC-")) {
					expected.add(s);
				}
			}
			expected.sort(java.util.Comparator.comparing(ReportSummary::modifiedAt).reversed()
					.thenComparing(ReportSummary::id));
			assertEquals(expected.subList(0, 5), page);
			assertEquals("TEST^PATIENT", page.get(0).patientName());
		}
	}

	@Test
	void theStoreSettingPutsTheDepartmentStoreInPlaceOfTheFolderStore() throws Exception {
		String url = freshDatabase();
		BundleContext context = FrameworkUtil.getBundle(DepartmentStoreComponent.class).getBundleContext();
		DepartmentStoreComponent component = new DepartmentStoreComponent();
		System.setProperty(DepartmentStoreComponent.PROPERTY, url);
		try {
			component.activate(context);
			ServiceReference<ReportStore> best = context.getServiceReference(ReportStore.class);
			assertEquals(100, best.getProperty(Constants.SERVICE_RANKING));
			ReportStore store = context.getService(best);
			store.save(Samples.infection(), Revision.NEW, A);
			try (PgReportStore direct = new PgReportStore(url)) {
				assertEquals(1, direct.revision(Samples.infection().getId()).version(), "saved in the database");
			}
			context.ungetService(best);
		} finally {
			component.deactivate();
			System.clearProperty(DepartmentStoreComponent.PROPERTY);
		}
		for (ServiceReference<ReportStore> left : context.getServiceReferences(ReportStore.class, null)) {
			assertNotEquals("postgresql", left.getProperty("store.kind"), "unregistered when stopped");
		}
	}

	interface Check {
		boolean ok() throws Exception;
	}

	/** Polls a condition until it holds, for at most 30 s. */
	static boolean waitUntil(Check check) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			if (check.ok()) {
				return true;
			}
			Thread.onSpinWait();
			TimeUnit.MILLISECONDS.sleep(20);
		}
		return false;
	}
}
