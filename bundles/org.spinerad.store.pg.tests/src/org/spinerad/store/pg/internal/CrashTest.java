package org.spinerad.store.pg.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinerad.model.Report;
import org.spinerad.model.tests.Samples;
import org.spinerad.store.Actor;
import org.spinerad.store.ClaimedException;
import org.spinerad.store.Revision;
import org.spinerad.testsupport.Postgres;

/** A client killed with SIGKILL in the middle of its work loses nothing committed and leaves no claim forever. */
class CrashTest {

	private static final Actor A = new Actor("Dr A", "ws-1");
	private static final Actor B = new Actor("Dr B", "ws-2");

	private static Postgres server;

	@BeforeAll
	static void start() throws Exception {
		server = Postgres.start();
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	@Test
	void aClientKilledMidTransactionLosesNothingCommittedAndBlocksNobody() throws Exception {
		String url = server.createDatabase("crash1");
		try (PgReportStore store = new PgReportStore(url)) {
			Report report = Samples.infection();
			report.setRemark("committed");
			store.save(report, Revision.NEW, A);
			byte[] committed = store.revisionBytes(report.getId(), 1);

			ProcessBuilder builder = new ProcessBuilder(server.psqlCommand("crash1")).redirectErrorStream(true);
			builder.environment().put("PGAPPNAME", "victim");
			Process victim = builder.start();
			OutputStream in = victim.getOutputStream();
			in.write(("BEGIN;\n"
					+ "UPDATE report SET version = version + 1, body = 'half-written'::bytea WHERE id = 'sample-infection';\n"
					+ "INSERT INTO claim VALUES ('sample-infection', 'Dr X', 'ws-dead', now(), now() + interval '1 day', '');\n"
					+ "SELECT 1;\n").getBytes(StandardCharsets.UTF_8));
			in.flush();
			assertTrue(DepartmentStoreTest.waitUntil(() -> "1".equals(server.psql("crash1",
					"SELECT count(*) FROM pg_stat_activity WHERE application_name = 'victim'"
							+ " AND state = 'idle in transaction'"))), "the client is inside its transaction");

			victim.destroyForcibly(); // SIGKILL
			assertTrue(victim.waitFor(30, TimeUnit.SECONDS));

			report.setRemark("after the crash");
			assertEquals(2, store.save(report, 1, B).version(), "the row lock died with the client");
			assertEquals(1, store.history(report.getId()).get(0).version());
			assertTrue(java.util.Arrays.equals(committed, store.revisionBytes(report.getId(), 1)),
					"the committed version is intact");
			assertNull(store.claimOf(report.getId()), "the uncommitted claim is gone");
		}
	}

	@Test
	void aClaimOfAKilledWorkstationLapses() throws Exception {
		String url = server.createDatabase("crash2");
		try (PgReportStore store = new PgReportStore(url)) {
			Report report = Samples.infection();
			store.save(report, Revision.NEW, A);
			ProcessBuilder builder = new ProcessBuilder(server.psqlCommand("crash2")).redirectErrorStream(true);
			Process victim = builder.start();
			OutputStream in = victim.getOutputStream();
			in.write(("INSERT INTO claim VALUES ('sample-infection', 'Dr X', 'ws-dead', now(),"
					+ " now() + interval '2 seconds', '');\nSELECT pg_sleep(3600);\n").getBytes(StandardCharsets.UTF_8));
			in.flush();
			assertTrue(DepartmentStoreTest.waitUntil(() -> store.claimOf(report.getId()) != null));
			assertThrows(ClaimedException.class, () -> store.claim(report.getId(), B, Duration.ofMinutes(5)));
			victim.destroyForcibly(); // SIGKILL: the claim is never released or renewed
			assertTrue(victim.waitFor(30, TimeUnit.SECONDS));
			assertTrue(DepartmentStoreTest.waitUntil(() -> {
				try {
					return store.claim(report.getId(), B, Duration.ofMinutes(5)).holder().equals(B);
				} catch (ClaimedException e) {
					return false;
				}
			}), "the dead workstation's claim lapses and another can claim");
		}
	}
}
